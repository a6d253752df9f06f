using System.Globalization;
using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// The running header (small, muted, above a hairline) and footer (hairline, text left, "Page X of Y"
/// right) on pages from <see cref="PageDecorations.FirstDecoratedPage"/> on. Each is one line; text
/// too long for it is cut with an ellipsis.
/// </summary>
public sealed class DecorationLayout(TextEngine text, PageGeometry page, PageDecorations decorations, BlockStyles styles)
{
    private const double RuleOffset = 7;
    private const double NumberGap = 12;

    /// <summary>The header logo: points high, and how far it reaches below the header's baseline (above the rule).</summary>
    private const double LogoHeight = 16;
    private const double LogoDescent = 3;

    /// <summary>Header and footer text cut to a width: the same for almost every page, so done once per width.</summary>
    private readonly Dictionary<(string, double), TextLine> fitted = [];

    /// <summary>Adds the running header to page <paramref name="number"/>.</summary>
    public void Header(List<PlacedBox> page, int number)
    {
        if (!Decorated(number))
            return;
        var boxes = new List<PlacedBox>();
        Header(boxes);
        page.AddRange(boxes.Select(b => b with { BlockIndex = -1 }));
    }

    /// <summary>Whether page <paramref name="number"/> has a footer (which waits for the page count).</summary>
    public bool HasFooter(int number) =>
        Decorated(number) && (decorations.PageXOfY || !string.IsNullOrWhiteSpace(decorations.FooterText));

    /// <summary>The footer of page <paramref name="number"/> of <paramref name="count"/>: its text and "Page X of Y" share the line, so both wait for the count.</summary>
    public List<PlacedBox> Footer(int number, int count)
    {
        var boxes = new List<PlacedBox>();
        if (Decorated(number))
            Footer(boxes, number, count);
        return [.. boxes.Select(b => b with { BlockIndex = -1 })];
    }

    private bool Decorated(int number) => number >= Math.Max(1, decorations.FirstDecoratedPage);

    private void Header(List<PlacedBox> boxes)
    {
        var content = page.Content;
        var logoWidth = 0.0;
        if (decorations.HeaderLogo is { } logo)
        {
            logoWidth = LogoHeight * logo.Aspect;
            boxes.Add(new PlacedImage(new Rect(content.Right - logoWidth, page.HeaderBaseline + LogoDescent - LogoHeight, logoWidth, LogoHeight), logo));
        }

        if (!string.IsNullOrWhiteSpace(decorations.HeaderText))
            FurnitureLine.Place(Fit(decorations.HeaderText, content.Width - (logoWidth > 0 ? logoWidth + NumberGap : 0)), content.X, page.HeaderBaseline, boxes);
        if (logoWidth > 0 || !string.IsNullOrWhiteSpace(decorations.HeaderText))
            boxes.Add(Rule(page.HeaderBaseline + RuleOffset));
    }

    private void Footer(List<PlacedBox> boxes, int number, int count)
    {
        var content = page.Content;
        var numberWidth = 0.0;
        if (decorations.PageXOfY)
        {
            var label = decorations.PageNumber
                .Replace("{page}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var line = FurnitureLine.Of(text, label, styles.Decoration);
            numberWidth = line.Width;
            FurnitureLine.Place(line, content.Right - line.Width, page.FooterBaseline, boxes);
        }

        if (!string.IsNullOrWhiteSpace(decorations.FooterText))
            FurnitureLine.Place(Fit(decorations.FooterText, content.Width - numberWidth - NumberGap), content.X, page.FooterBaseline, boxes);
        if (decorations.PageXOfY || !string.IsNullOrWhiteSpace(decorations.FooterText))
            boxes.Add(Rule(page.FooterBaseline - RuleOffset - (styles.Decoration.Size * 0.9)));
    }

    private PlacedRect Rule(double y) =>
        new(new Rect(page.Content.X, y, page.Content.Width, Theme.HairLine), Theme.LightRule);

    /// <summary>The text on one line, cut at a character with "…" when it is wider than <paramref name="width"/>.</summary>
    private TextLine Fit(string value, double width)
    {
        if (!fitted.TryGetValue((value, width), out var line))
        {
            line = Cut(value, width);
            fitted[(value, width)] = line;
        }

        return line;
    }

    private TextLine Cut(string value, double width)
    {
        var line = FurnitureLine.Of(text, value, styles.Decoration);
        var estimate = line.Width > width ? (int)(value.Length * width / line.Width) + 1 : 0;
        for (var length = Math.Min(estimate, value.Length - 1); line.Width > width && length > 0; length--)
            line = FurnitureLine.Of(text, value[..length].TrimEnd() + "…", styles.Decoration);
        return line;
    }
}
