using Reports.Layout.Model;

namespace Reports.Layout.Paging;

/// <summary>A paragraph: its lines, breakable with at least two lines on each side of a page break.</summary>
internal sealed class ParagraphLayout(LayoutContext context)
{
    public BlockSlices Layout(Paragraph paragraph)
    {
        var style = context.Styles.Paragraph(paragraph.Role);
        var spans = SpanStyler.Apply(paragraph.Spans, style.Text, paragraph.Origin);
        var text = context.Text.Layout(spans, context.Width, style.LineHeight);
        return new BlockSlices(TextSlices.Lines(text, 0), style.SpaceBefore, style.SpaceAfter);
    }
}
