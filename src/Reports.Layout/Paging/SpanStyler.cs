using System.Globalization;
using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>Applies the document's inline styles to a block's base style; links get the link colour and an underline.</summary>
internal static class SpanStyler
{
    public static IReadOnlyList<StyledSpan> Apply(IReadOnlyList<Span> spans, TextStyle baseStyle, string? origin)
    {
        var styled = new StyledSpan[spans.Count];
        for (var i = 0; i < styled.Length; i++)
            styled[i] = Apply(spans[i], baseStyle, origin);
        return styled;
    }

    public static IReadOnlyList<StyledSpan> Plain(string text, TextStyle style) => [new StyledSpan(text, style)];

    private static StyledSpan Apply(Span span, TextStyle baseStyle, string? origin)
    {
        var style = span.Style;
        var isLink = span.LinkUrl is not null || span.LinkAnchor is not null;
        var italic = baseStyle.Variant.IsItalic() || style?.Italic == true;
        var variant = baseStyle.Variant.IsHeading() ? FontVariants.Heading(italic) : FontVariants.Of(baseStyle.Variant.IsBold() || style?.Bold == true, italic);
        var color = style?.Color ?? (isLink ? Theme.Link : baseStyle.Color);
        CheckColor(color, origin);
        var size = style?.Size ?? baseStyle.Size;
        if (!(size > 0) || !double.IsFinite(size))
            throw new ArgumentException($"Span size must be positive, got {size} (block {origin ?? "without origin"}).");
        var link = isLink ? new LinkTarget(span.LinkUrl, span.LinkAnchor) : null;
        var underline = isLink || baseStyle.Underline;
        var unchanged = variant == baseStyle.Variant && size == baseStyle.Size && color == baseStyle.Color && underline == baseStyle.Underline;
        return new StyledSpan(span.Text, unchanged ? baseStyle : new TextStyle(variant, size, color, underline), link, span.BreakOnlyAfter) { Language = span.Language, Isolated = span.Isolated };
    }

    private static void CheckColor(string color, string? origin)
    {
        var valid = color.Length == 7 && color[0] == '#'
            && int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _);
        if (!valid)
            throw new ArgumentException($"Colour '{color}' is not \"#RRGGBB\" (block {origin ?? "without origin"}).");
    }
}
