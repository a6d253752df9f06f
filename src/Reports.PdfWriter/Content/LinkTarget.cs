namespace Reports.PdfWriter.Content;

/// <summary>Where a link goes: a named destination in the document, or a URI (a GoTo or URI action, nothing else).</summary>
public abstract record LinkTarget;

/// <summary>A destination added with <c>PageCanvas.AddDestination</c> (on any page, before or after the link).</summary>
public sealed record DestinationTarget(string Name) : LinkTarget;

/// <summary>An external address (http, https, mailto).</summary>
public sealed record UriTarget(string Uri) : LinkTarget;
