namespace Reports.Layout.Model;

/// <summary>
/// Running header and footer. They appear on pages numbered <paramref name="FirstDecoratedPage"/>
/// (1-based) and later, so a value of 2 leaves a cover page undecorated.
/// <paramref name="PageXOfY"/> adds "Page X of Y" at the right of the footer (at the left of a right-to-left
/// document's, whose pages are mirrored: see <see cref="DocumentSpec.RightToLeft"/>); Y is the real page count.
/// The markings (<see cref="Marking"/>, <see cref="Watermark"/>) go on every page, the cover too.
/// </summary>
public sealed record PageDecorations(string? HeaderText, string? FooterText, bool PageXOfY, int FirstDecoratedPage)
{
    /// <summary>The page number's text, with "{page}" and "{count}" for the numbers: "Page {page} of {count}", "Стр. {page} из {count}".</summary>
    public string PageNumber { get; init; } = "Page {page} of {count}";

    /// <summary>No header, no footer, no page numbers.</summary>
    public static PageDecorations None { get; } = new(null, null, false, int.MaxValue);

    /// <summary>A protective marking ("OFFICIAL") centred at the top and the bottom of every page.</summary>
    public string? Marking { get; init; }

    /// <summary>A word ("DRAFT") set large and pale diagonally across every page, faint (15 % opacity) over the content.</summary>
    public string? Watermark { get; init; }

    /// <summary>A logo a line high at the right end of the running header.</summary>
    public LogoImage? HeaderLogo { get; init; }

    /// <summary>A logo at the top left of page 1's content area, <see cref="CoverLogoHeight"/> points high; the
    /// document leaves room for it (a spacer at least that high opens the cover).</summary>
    public LogoImage? CoverLogo { get; init; }

    /// <summary>Height of <see cref="CoverLogo"/> in points (its width follows its aspect).</summary>
    public double CoverLogoHeight { get; init; } = 56;
}
