using Reports.Layout.Model;

namespace Reports.Layout.Tests;

/// <summary>Test data: documents and blocks, built the way the brief composer builds them.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Date = new(2024, 5, 16, 9, 30, 0, TimeSpan.FromHours(2));

    public static DocumentMetadata Metadata { get; } =
        new("Summit brief", "Outcomes of the summit", "Research desk", "summit, trade", "Reports test", "Reports.Layout", Date);

    public static PageDecorations Decorations { get; } = new("Summit brief · May 2024", "Prepared for testing", true, 2);

    public static DocumentSpec Document(params Block[] blocks) => new(Metadata, blocks, Decorations);

    public static DocumentSpec Undecorated(params Block[] blocks) => new(Metadata, blocks, PageDecorations.None);

    public static Paragraph Paragraph(string text) => new(Span.Plain(text)) { Origin = "$.test.paragraph" };

    public static Heading Heading(int level, string text, string? anchor = null) => new(level, Span.Plain(text), anchor);

    public static string Words(int count, int seed = 1)
    {
        string[] vocabulary =
        [
            "trade", "energy", "the", "summit", "agreed", "pipeline", "officials", "investment", "of", "and",
            "bilateral", "efficient", "office", "cooperation", "announced", "a", "new", "framework", "for", "payments",
        ];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    public static ChartDescription Chart(ChartKind kind = ChartKind.GroupedBar, int series = 2) => new(
        kind,
        "Bilateral trade by year",
        ["2019", "2020", "2021", "2022", "2023"],
        [.. Enumerable.Range(0, series).Select(s => new ChartSeriesData(
            s == 0 ? "Exports" : s == 1 ? "Imports" : $"Series {s + 1}",
            [.. new double?[] { 50, 54, 71, 96, 121 }.Select(v => v * (1 + (0.3 * s)))],
            [.. new[] { 50, 54, 71, 96, 121 }.Select(v => (string?)$"{v * (1 + (0.3 * s)):0}")]))],
        "USD bn",
        "Year",
        "2019–2023",
        "Source: customs statistics");

    public static Table Table(int rows) => new(
        [new TableColumn("Item", 3), new TableColumn("Value", 1, CellAlign.Right), new TableColumn("Note", 2)],
        [.. Enumerable.Range(1, rows).Select(r => (IReadOnlyList<TableCell>)[$"Row {r} item", $"{r * 3.5:0.0}", r % 7 == 0 ? Words(18, r) : "ok"])])
    {
        Origin = "$.test.table",
    };

    public static KeyFigureRow Figures(int count) => new(
        [.. Enumerable.Range(1, count).Select(i => new KeyFigure($"~USD {i * 40} bn", $"Figure {i} label", i % 2 == 0 ? "2023, estimate" : null))]);

    /// <summary>A long document with every kind of block, as a brief would have.</summary>
    public static DocumentSpec Mixed()
    {
        var blocks = new List<Block>
        {
            new Spacer(120),
            new Paragraph(Span.Plain("Summit brief"), ParagraphRole.Title),
            new Paragraph(Span.Plain("What the leaders agreed, and what it is worth"), ParagraphRole.Subtitle),
            new Paragraph(Span.Plain(Words(60, 99)), ParagraphRole.Lead),
            new PageBreak(),
            Heading(1, "Contents"),
            new TableOfContents([.. Enumerable.Range(1, 6).SelectMany(i => new[]
            {
                new TocEntry(1, $"Theme {i}: {Words(4, i)}", $"theme-{i}"),
                new TocEntry(2, $"Details of theme {i}", $"theme-{i}-details"),
            })]),
            new PageBreak(),
        };
        for (var i = 1; i <= 6; i++)
            blocks.AddRange(Theme(i));
        return Document([.. blocks]);
    }

    private static IEnumerable<Block> Theme(int i)
    {
        yield return Heading(1, $"Theme {i}: {Words(4, i)}", $"theme-{i}");
        yield return new Paragraph([
            new Span(Words(40, i * 10) + " "),
            new Span("bold claim", new SpanStyle(Bold: true)),
            new Span(", "),
            new Span("italic aside", new SpanStyle(Italic: true)),
            new Span(" and a "),
            new Span("source link", LinkUrl: "https://example.org/source"),
            new Span(" then back to the "),
            new Span("contents", LinkAnchor: "theme-1"),
            new Span(". " + Words(50, i * 11)),
        ]);
        yield return Figures(i % 3 == 0 ? 5 : 3);
        yield return new QuoteBlock(Span.Plain(Words(30, i * 7)), "A senior official");
        yield return Heading(2, $"Details of theme {i}", $"theme-{i}-details");
        yield return new BulletList([Span.Plain(Words(20, i)), Span.Plain(Words(35, i + 1)), Span.Plain(Words(8, i + 2))]);
        yield return new ChartBlock(Chart(i % 3 == 0 ? ChartKind.StackedBar : i % 3 == 1 ? ChartKind.GroupedBar : ChartKind.Bar, i % 3 == 2 ? 1 : 3));
        yield return Table(12 + (i * 5));
        yield return Heading(3, $"Outlook {i}");
        yield return Paragraph(Words(120, i * 13));
    }
}
