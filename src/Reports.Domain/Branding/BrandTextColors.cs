namespace Reports.Domain.Branding;

/// <summary>
/// The shades the reports set text in, chosen so each reaches 4.5:1 against what it is drawn on (WCAG AA):
/// the brand's own colour when it does, else the nearest shade of it that does. Null where the brand sets nothing.
/// </summary>
/// <param name="Body">Body text (<c>foreground</c>) on the page (<c>background</c>).</param>
/// <param name="Heading">Titles and headings (<c>primary</c>) on the page.</param>
/// <param name="Accent">Subtitles and minor headings (<c>secondary</c>) on the page.</param>
/// <param name="OnPrimary">Text on a <c>primary</c> fill (table headers): the page colour, or a readable shade of it.</param>
public sealed record BrandTextColors(string? Body, string? Heading, string? Accent, string? OnPrimary)
{
    public static BrandTextColors None { get; } = new(null, null, null, null);
}
