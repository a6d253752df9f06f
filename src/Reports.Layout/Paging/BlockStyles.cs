using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>
/// The typographic hierarchy: one place that fixes sizes, weights, colours and spacing, from the document's
/// <see cref="Look"/> (the house look gives the sizes below; a brand's body size scales them all).
/// </summary>
public sealed class BlockStyles
{
    private readonly Look look;
    private readonly double s;
    private readonly FontVariant headingVariant;

    public BlockStyles(Look look)
    {
        this.look = look;
        s = look.Scale;
        headingVariant = look.HeadingsOwnFace ? FontVariant.Heading : look.HeadingsBold ? FontVariant.Bold : FontVariant.Regular;
        Quote = new(new TextStyle(FontVariant.Italic, 12 * s, Theme.Lead), 1.45, 10, 14);
        Attribution = new(FontVariant.Regular, 8.5 * s, Theme.Muted);
        ListItem = Paragraph(ParagraphRole.Body) with { SpaceAfter = 3 };
        TableHeader = new(FontVariant.Bold, 8.5 * s, look.TableHeaderText);
        TableCell = new(FontVariant.Regular, 8.5 * s, look.Ink);
        Decoration = new(FontVariant.Regular, Theme.DecorationSize, Theme.Muted);
        ChartTitle = new(headingVariant, 10.5 * s, look.Heading);
        ChartCaption = new(FontVariant.Regular, 7.5 * s, Theme.Muted);
    }

    public Look Look => look;

    public TextBlockStyle Paragraph(ParagraphRole role) => role switch
    {
        ParagraphRole.Lead => new(new TextStyle(FontVariant.Regular, 12.5 * s, Theme.Lead), 1.45, 2, 12),
        ParagraphRole.Small => new(new TextStyle(FontVariant.Regular, 8.5 * s, look.Ink), 1.45, 0, 6),
        ParagraphRole.Caption => new(new TextStyle(FontVariant.Italic, Theme.SmallSize * s, Theme.Muted), 1.4, 2, 8),
        ParagraphRole.Title => new(new TextStyle(headingVariant, 28, look.Heading), 1.15, 0, 12),
        ParagraphRole.Subtitle => new(new TextStyle(FontVariant.Regular, 14, look.AccentText), 1.35, 0, 18),
        _ => new(new TextStyle(FontVariant.Regular, look.BodySize, look.Ink), Theme.BodyLineHeight, 0, 8),
    };

    public TextBlockStyle Heading(int level) => level switch
    {
        <= 1 => new(new TextStyle(headingVariant, 17 * s, look.Heading), 1.25, 22, 10),
        2 => new(new TextStyle(headingVariant, 13 * s, look.Heading), 1.3, 16, 6),
        _ => new(new TextStyle(headingVariant, 10.5 * s, look.AccentText), 1.35, 12, 4),
    };

    public TextBlockStyle Quote { get; }

    public TextStyle Attribution { get; }

    public TextBlockStyle ListItem { get; }

    public TextStyle TableHeader { get; }

    public TextStyle TableCell { get; }

    public TextStyle Decoration { get; }

    public TextStyle ChartTitle { get; }

    public TextStyle ChartCaption { get; }

    public TextStyle TocEntry(int level) => level switch
    {
        <= 1 => new(headingVariant, 10.5 * s, look.Heading),
        2 => new(FontVariant.Regular, 10 * s, look.Ink),
        _ => new(FontVariant.Regular, 9 * s, Theme.Muted),
    };
}
