using Reports.Layout.Model;
using Reports.Layout.Text;

namespace Reports.Layout.Paging;

/// <summary>The typographic hierarchy: one place that fixes sizes, weights, colours and spacing.</summary>
internal static class BlockStyles
{
    public static TextBlockStyle Paragraph(ParagraphRole role) => role switch
    {
        ParagraphRole.Lead => new(new TextStyle(FontVariant.Regular, 12.5, "#243B53"), 1.45, 2, 12),
        ParagraphRole.Small => new(new TextStyle(FontVariant.Regular, 8.5, Theme.Ink), 1.45, 0, 6),
        ParagraphRole.Caption => new(new TextStyle(FontVariant.Italic, Theme.SmallSize, Theme.Muted), 1.4, 2, 8),
        ParagraphRole.Title => new(new TextStyle(FontVariant.Bold, 28, Theme.Navy), 1.15, 0, 12),
        ParagraphRole.Subtitle => new(new TextStyle(FontVariant.Regular, 14, Theme.Teal), 1.35, 0, 18),
        _ => new(new TextStyle(FontVariant.Regular, Theme.BodySize, Theme.Ink), Theme.BodyLineHeight, 0, 8),
    };

    public static TextBlockStyle Heading(int level) => level switch
    {
        <= 1 => new(new TextStyle(FontVariant.Bold, 17, Theme.Navy), 1.25, 22, 10),
        2 => new(new TextStyle(FontVariant.Bold, 13, Theme.Navy), 1.3, 16, 6),
        _ => new(new TextStyle(FontVariant.Bold, 10.5, Theme.Teal), 1.35, 12, 4),
    };

    public static TextBlockStyle Quote { get; } = new(new TextStyle(FontVariant.Italic, 12, "#243B53"), 1.45, 10, 14);

    public static TextStyle Attribution { get; } = new(FontVariant.Regular, 8.5, Theme.Muted);

    public static TextBlockStyle ListItem { get; } = Paragraph(ParagraphRole.Body) with { SpaceAfter = 3 };

    public static TextStyle TableHeader { get; } = new(FontVariant.Bold, 8.5, Theme.White);

    public static TextStyle TableCell { get; } = new(FontVariant.Regular, 8.5, Theme.Ink);

    public static TextStyle Decoration { get; } = new(FontVariant.Regular, Theme.DecorationSize, Theme.Muted);

    public static TextStyle ChartTitle { get; } = new(FontVariant.Bold, 10.5, Theme.Navy);

    public static TextStyle ChartCaption { get; } = new(FontVariant.Regular, 7.5, Theme.Muted);

    public static TextStyle TocEntry(int level) => level switch
    {
        <= 1 => new(FontVariant.Bold, 10.5, Theme.Navy),
        2 => new(FontVariant.Regular, 10, Theme.Ink),
        _ => new(FontVariant.Regular, 9, Theme.Muted),
    };
}
