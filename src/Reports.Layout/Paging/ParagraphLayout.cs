using Reports.Layout.Model;
using Reports.Layout.Structure;

namespace Reports.Layout.Paging;

/// <summary>
/// A paragraph: its lines, breakable with at least two lines on each side of a page break. A title is the
/// document's first-level heading for a reader (the cover's title is what the brief is called).
/// </summary>
internal sealed class ParagraphLayout(LayoutContext context)
{
    public BlockSlices Layout(Paragraph paragraph)
    {
        var style = context.Styles.Paragraph(paragraph.Role);
        var spans = SpanStyler.Apply(paragraph.Spans, style.Text, paragraph.Origin);
        var text = context.Text.Layout(spans, context.Width, style.LineHeight);
        var node = paragraph.Role == ParagraphRole.Title
            ? new StructureNode(StructureRole.Heading, level: 1)
            : new StructureNode(StructureRole.Paragraph);
        return new BlockSlices(TextSlices.Lines(text, 0, node), style.SpaceBefore, style.SpaceAfter);
    }
}
