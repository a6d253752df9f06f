namespace Reports.Layout.Model;

/// <summary>
/// Running header and footer. They appear on pages numbered <paramref name="FirstDecoratedPage"/>
/// (1-based) and later, so a value of 2 leaves a cover page undecorated.
/// <paramref name="PageXOfY"/> adds "Page X of Y" at the right of the footer; Y is the real page count.
/// </summary>
public sealed record PageDecorations(string? HeaderText, string? FooterText, bool PageXOfY, int FirstDecoratedPage)
{
    /// <summary>The page number's text, with "{page}" and "{count}" for the numbers: "Page {page} of {count}", "Стр. {page} из {count}".</summary>
    public string PageNumber { get; init; } = "Page {page} of {count}";

    /// <summary>No header, no footer, no page numbers.</summary>
    public static PageDecorations None { get; } = new(null, null, false, int.MaxValue);
}
