namespace Reports.Layout.Model;

/// <summary>
/// PDF document information. <paramref name="Created"/> is written as both the creation and the
/// modification date (never the wall clock), so the same spec always gives the same bytes.
/// </summary>
public sealed record DocumentMetadata(
    string Title,
    string? Subject,
    string? Author,
    string? Keywords,
    string Creator,
    string Producer,
    DateTimeOffset Created)
{
    /// <summary>The BCP 47 language of the document's text ("en", "ru", "zh-Hans"): the PDF's /Lang.</summary>
    public string Language { get; init; } = "en";
}
