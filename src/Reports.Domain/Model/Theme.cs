namespace Reports.Domain.Model;

/// <summary>A subject the talks covered; becomes one section of the brief.</summary>
/// <param name="KeyFigureIds">Indicators shown as key-figure cards in the section, in order.</param>
public sealed record Theme(
    string Id,
    string Title,
    IReadOnlyList<string> Summary,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> KeyFigureIds);

/// <summary>Words attributed to a speaker.</summary>
/// <param name="Language">The BCP 47 tag of the language of <paramref name="Text"/>, when it is not the dataset's.</param>
public sealed record Quote(string Text, string Speaker, string? SourceId, string? Language = null);
