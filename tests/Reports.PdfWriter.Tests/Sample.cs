using Reports.PdfWriter.Content;
using Reports.PdfWriter.Document;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;

namespace Reports.PdfWriter.Tests;

/// <summary>
/// A two-page document with every kind of content the brief will have: headings, paragraphs in Latin,
/// Cyrillic and Arabic, a CFF-font line, a list, a table with header cells, links (internal and URI), a
/// chart-like figure placed as a form, running header and footer, a background, rules and bookmarks.
/// </summary>
internal static class Sample
{
    public const string ChartAlt = "Bar chart, USD bn: Trade volume 2024 245; Priority projects 200";

    public const string Url = "https://example.org/source";

    public static Written Document(PdfStandard standard = PdfStandard.Ua1A2a) => Written.Of(2, Draw, new PdfWriterOptions(standard), Outline);

    public static IReadOnlyList<OutlineItem> Outline { get; } =
    [
        new("Summit brief", "top", [new OutlineItem("Trade", "trade")]),
        new("Appendix", "appendix"),
    ];

    private static void Draw(PageCanvas page, TagGroup root)
    {
        Decorations(page);
        if (page.Index == 0)
            FirstPage(page, root);
        else
            SecondPage(page, root);
    }

    private static void Decorations(PageCanvas page)
    {
        page.StartArtifact(Artifact.Header);
        page.Draw(Shaper.Run(Some.Sans, "Summit brief · May 2025", 72, 40, 8));
        page.EndArtifact();
        page.StartArtifact(Artifact.Footer);
        page.Draw(Shaper.Run(Some.Sans, $"Page {page.Index + 1}", 500, 810, 8));
        page.EndArtifact();
        page.StartArtifact(Artifact.Layout);
        page.Draw(new LineShape(new Point(72, 50), new Point(523, 50), new RgbColor(0x99, 0x99, 0x99), 0.5));
        page.EndArtifact();
    }

    private static void FirstPage(PageCanvas page, TagGroup root)
    {
        page.AddDestination(new NamedDestination("top", new Point(72, 70)));
        Block(page, root.Open(Tag.H(1)), Shaper.Run(Some.SansBold, "Summit brief", 72, 90, 20), TagKind.H1);
        var sect = root.Open(Tag.Sect);
        page.AddDestination(new NamedDestination("trade", new Point(72, 105)));
        Block(page, sect.Open(Tag.H(2)), Shaper.Run(Some.SansBold, "Trade", 72, 120, 14), TagKind.H2);
        Block(page, sect.Open(Tag.P), Shaper.Run(Some.Sans, Some.Latin, 72, 145), TagKind.P);
        Block(page, sect.Open(Tag.P), Shaper.Run(Some.Sans, Some.Cyrillic, 72, 165), TagKind.P);
        Block(page, sect.Open(Tag.P with { Lang = "ar" }), Shaper.Run(Some.Sans, Some.Arabic, 72, 185), TagKind.P);
        Block(page, sect.Open(Tag.P), Shaper.Run(Some.Cff, "Cantarell draws this line", 72, 205), TagKind.P);
        List(page, sect);
        Links(page, sect);
        Figure(page, sect);
    }

    private static void List(PageCanvas page, TagGroup parent)
    {
        var list = parent.Open(Tag.L(ListNumbering.Disc));
        for (var i = 0; i < 2; i++)
        {
            var item = list.Open(Tag.LI);
            var y = 230 + (18 * i);
            Block(page, item.Open(Tag.Lbl), Shaper.Run(Some.Sans, "•", 72, y), TagKind.Lbl);
            Block(page, item.Open(Tag.LBody), Shaper.Run(Some.Sans, i == 0 ? "Energy deals" : "Payments in roubles", 86, y), TagKind.LBody);
        }
    }

    private static void Links(PageCanvas page, TagGroup parent)
    {
        var p = parent.Open(Tag.P);
        Block(page, p, Shaper.Run(Some.Sans, "See", 72, 290), TagKind.P);
        var inside = Shaper.Run(Some.Sans, "the appendix", 96, 290);
        var outside = Shaper.Run(Some.Sans, "the source", 190, 290);
        foreach (var (run, target, text) in new[] { (inside, (LinkTarget)new DestinationTarget("appendix"), "the appendix"), (outside, new UriTarget(Url), "the source") })
        {
            var link = p.Open(Tag.Link);
            Block(page, link, run, TagKind.Link);
            link.Add(page.AddLink(new LinkAnnotation(new Rect(run.Origin.X, 279, Shaper.Width(run), 14), target, text)));
        }
    }

    private static void Figure(PageCanvas page, TagGroup parent)
    {
        var bounds = new Rect(72, 320, 300, 150);
        page.StartArtifact(Artifact.Background(bounds));
        page.Draw(new RectShape(bounds, new RgbColor(0xF2, 0xF4, 0xF7)));
        page.EndArtifact();
        var figure = parent.Open(Tag.Figure(ChartAlt, bounds));
        figure.Add(page.StartTagged(TagKind.Figure));
        page.Place(new PlacedForm(Chart(), bounds));
        page.EndTagged();
        Block(page, parent.Open(Tag.Caption), Shaper.Run(Some.Sans, "Figure 1: Trade and projects", 72, 490, 9), TagKind.Caption);
    }

    /// <summary>A chart as another library would draw it: bars as raw operators, a label as a glyph run.</summary>
    public static Form Chart() => new(200, 100,
    [
        new RawOperators("0.2 0.4 0.6 rg 20 10 40 70 re f 100 10 40 57 re f"),
        new PathShape([new MoveTo(new Point(10, 90)), new LineTo(new Point(190, 90))], null, RgbColor.Black, 0.5),
        Shaper.Run(Some.Sans, "245", 28, 15, 8),
    ]);

    private static void SecondPage(PageCanvas page, TagGroup root)
    {
        page.AddDestination(new NamedDestination("appendix", new Point(72, 70)));
        var sect = root.Open(Tag.Sect);
        Block(page, sect.Open(Tag.H(2)), Shaper.Run(Some.SansBold, "Appendix", 72, 90, 14), TagKind.H2);
        var table = sect.Open(Tag.Table);
        var head = table.Open(Tag.THead).Open(Tag.TR);
        Block(page, head.Open(Tag.TH(TableHeaderScope.Column)), Shaper.Run(Some.SansBold, "Indicator", 72, 120), TagKind.TH);
        Block(page, head.Open(Tag.TH(TableHeaderScope.Column)), Shaper.Run(Some.SansBold, "Value", 300, 120), TagKind.TH);
        var body = table.Open(Tag.TBody);
        string[][] rows = [["Trade volume 2024", "245"], ["Priority projects", "200"]];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = body.Open(Tag.TR);
            var y = 140 + (18 * r);
            Block(page, row.Open(Tag.TH(TableHeaderScope.Row)), Shaper.Run(Some.Sans, rows[r][0], 72, y), TagKind.TH);
            Block(page, row.Open(Tag.TD), Shaper.Run(Some.Sans, rows[r][1], 300, y), TagKind.TD);
        }
    }

    /// <summary>Draws one run as one tagged sequence and adds it to <paramref name="element"/>.</summary>
    public static void Block(PageCanvas page, TagGroup element, GlyphRun run, TagKind kind)
    {
        element.Add(page.StartTagged(kind));
        page.Draw(run);
        page.EndTagged();
    }
}
