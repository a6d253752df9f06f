namespace Reports.PdfWriter.Document;

/// <summary>
/// What the file says about itself (Info dictionary and XMP). Dates come from the caller, never the
/// clock, so the same input gives the same bytes. <paramref name="Language"/> is a BCP 47 tag ("en-GB").
/// </summary>
public sealed record DocumentInfo(string Title, string Language, DateTimeOffset Created)
{
    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>The application that made the content (Info <c>/Creator</c>, XMP <c>xmp:CreatorTool</c>).</summary>
    public string? Creator { get; init; }

    public string Producer { get; init; } = "Reports";

    /// <summary>Defaults to <see cref="Created"/>.</summary>
    public DateTimeOffset? Modified { get; init; }
}
