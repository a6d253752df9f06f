namespace Reports.Domain.Model;

/// <summary>Where the dataset's facts come from.</summary>
/// <param name="Url">An absolute http(s) URL, when the source has one.</param>
public sealed record Source(string Id, string Title, string? Publisher, DateOnly? Published, string? Url, string? Note);
