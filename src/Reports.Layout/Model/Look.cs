namespace Reports.Layout.Model;

/// <summary>
/// The colours and type sizes a document is drawn with, "#RRGGBB" and points. <see cref="Default"/> is the house
/// look (navy and teal on white); a brand replaces some of it. Text colours must already be readable on
/// what they are drawn on: layout does not judge contrast.
/// </summary>
/// <param name="Ink">Body text.</param>
/// <param name="Heading">Titles, section headings, chart titles, key-figure values.</param>
/// <param name="AccentText">Subtitles, minor headings, markers set as text.</param>
/// <param name="Accent">Rules under headings, quote bars, bullets, card accents (not text).</param>
/// <param name="TableHeaderFill">The header row of tables.</param>
/// <param name="TableHeaderText">Text on <paramref name="TableHeaderFill"/>.</param>
/// <param name="ChartPalette">Series colours, in order (at least one).</param>
/// <param name="BodySize">Body text size; other sizes keep their built-in proportions to it.</param>
/// <param name="HeadingsBold">Whether titles and headings are set bold.</param>
/// <param name="Page">The page colour, painted behind everything when it is not white.</param>
public sealed record Look(
    string Ink,
    string Heading,
    string AccentText,
    string Accent,
    string TableHeaderFill,
    string TableHeaderText,
    IReadOnlyList<string> ChartPalette,
    double BodySize,
    bool HeadingsBold,
    string Page)
{
    /// <summary>The house look.</summary>
    public static Look Default { get; } = new(
        Paging.Theme.Ink, Paging.Theme.Navy, Paging.Theme.Teal, Paging.Theme.Teal, Paging.Theme.Navy, Paging.Theme.White,
        Paging.ChartStyle.Palette, Paging.Theme.BodySize, HeadingsBold: true, Paging.Theme.White);

    /// <summary>
    /// Whether titles and headings take the fonts' heading faces (<see cref="Text.FontVariant.Heading"/>: a brand's
    /// own headings family or weight) rather than the bold or regular ones, so body text's bold stays the base
    /// family's bold. Off in the house look.
    /// </summary>
    public bool HeadingsOwnFace { get; init; }

    /// <summary>Body size over the built-in 10 pt: every text size is scaled by it.</summary>
    internal double Scale => BodySize / Paging.Theme.BodySize;
}
