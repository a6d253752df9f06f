using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Layout.Paging;

/// <summary>Measures one block into slices, dispatching on the kind of block.</summary>
internal sealed class BlockLayouter
{
    private readonly ParagraphLayout paragraphs;
    private readonly HeadingLayout headings;
    private readonly BulletListLayout lists;
    private readonly QuoteLayout quotes;
    private readonly KeyFigureLayout figures;
    private readonly TableLayout tables;
    private readonly ChartLayout charts;
    private readonly TocLayout toc;

    public BlockLayouter(LayoutContext context, TextShaper shaper)
    {
        paragraphs = new ParagraphLayout(context);
        headings = new HeadingLayout(context);
        lists = new BulletListLayout(context);
        quotes = new QuoteLayout(context);
        figures = new KeyFigureLayout(context);
        tables = new TableLayout(context);
        charts = new ChartLayout(context, new ChartFacePlanner(shaper));
        toc = new TocLayout(context);
    }

    public BlockSlices Layout(Block block) => block switch
    {
        Paragraph p => paragraphs.Layout(p),
        Heading h => headings.Layout(h),
        BulletList l => lists.Layout(l),
        QuoteBlock q => quotes.Layout(q),
        KeyFigureRow k => figures.Layout(k),
        Table t => tables.Layout(t),
        ChartBlock c => charts.Layout(c),
        TableOfContents t => toc.Layout(t),
        _ => throw new NotSupportedException($"Block type {block.GetType().Name} has no layout (block {block.Origin ?? "without origin"})."),
    };
}
