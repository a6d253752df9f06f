using System.Globalization;
using Reports.Domain.Model;

namespace Reports.Excel.Tests;

/// <summary>Test data: a realistic summit, a generated one of any size and a hostile one.</summary>
internal static class Some
{
    public static readonly DateTimeOffset GeneratedAt = new(2025, 5, 9, 12, 30, 0, TimeSpan.Zero);

    public static WorkbookOptions Options { get; } =
        new(GeneratedAt, "russia-china-summit-2025.json", new string('a', 64), "0.1.0-test");

    static Unit U(string id) => Units.Find(id) ?? throw new InvalidOperationException(id);

    static Indicator Figure(string id, string label, double value, string unit, string period, string theme, Qualifier qualifier = Qualifier.Exact,
        string? wording = null, IndicatorKind kind = IndicatorKind.Actual, Direction? direction = null, string source = "kremlin",
        string? excerpt = null, string? note = null) =>
        new(id, label, value, U(unit), period, theme, qualifier, wording, kind, direction, source, excerpt ?? $"The figure for {label.ToLowerInvariant()} was quoted.", note);

    /// <summary>A summit like the seed dataset: trade, investment, gas, people-to-people figures, three charts.</summary>
    public static Summit Summit()
    {
        Direction toChina = new("russia", "china"), toRussia = new("china", "russia");
        const string tradeExcerpt = "Trade turnover grew to about USD 245 billion in 2024, after USD 240.1 billion in 2023.";
        Indicator[] indicators =
        [
            Figure("trade-turnover-2024", "Bilateral trade turnover", 245, "USD bn", "2024", "trade", Qualifier.Approximately, "about", excerpt: tradeExcerpt, note: "A record"),
            Figure("trade-turnover-2023", "Bilateral trade turnover", 240.1, "USD bn", "2023", "trade", excerpt: tradeExcerpt),
            Figure("investment-projects-count", "Joint investment projects", 90, "count", "2025", "trade", Qualifier.Approximately, "some 90"),
            Figure("investment-projects-value", "Value of joint investment projects", 200, "USD bn", "2025", "trade", Qualifier.Approximately, "about 200 billion dollars"),
            Figure("national-currency-share", "Settlements in roubles and yuan", 95, "percent", "2024", "trade", Qualifier.MoreThan, "more than 95 percent"),
            Figure("gas-supplies-2024", "Gas supplied via Power of Siberia", 31, "bcm", "2024", "energy", source: "xinhua"),
            Figure("gas-increase-2027", "Additional gas supplies", 10, "bcm", "2027", "energy", Qualifier.Exact, "another 10 bcm", IndicatorKind.Target, source: "xinhua"),
            Figure("visitors-russia-china", "Visitors from Russia to China", 1_600_000, "people", "2024", "people", direction: toChina, source: "tass"),
            Figure("visitors-china-russia", "Visitors from China to Russia", 1_200_000, "people", "2024", "people", Qualifier.Approximately, "around 1.2 million", direction: toRussia, source: "tass"),
            Figure("students-russia-china", "Russian students in China", 21_000, "people", "2024/2025", "people", direction: toChina, source: "tass"),
            Figure("students-china-russia", "Chinese students in Russia", 51_000, "people", "2024/2025", "people", Qualifier.MoreThan, "over 51,000", direction: toRussia, source: "tass"),
            Figure("cross-years-start", "Years of Culture begin", 2024, "year", "2024/2025", "people", source: "tass"),
            Figure("talks-duration", "Length of the talks", 7, "hours", "2025-05-08", "politics", Qualifier.MoreThan, "more than seven hours"),
            Figure("documents-signed", "Documents signed", 36, "count", "2025-05-08", "politics", Qualifier.Approximately, "nearly three dozen"),
        ];
        return new Summit(
            "1.0",
            new SummitEvent("Russia–China summit in Moscow", "State visit of Xi Jinping", new DateOnly(2025, 5, 8), false, null, "Moscow, the Kremlin",
                [new Party("russia", "Russia", "Россия"), new Party("china", "China", "中国")],
                [new Leader("Vladimir Putin", "President", "russia", "Владимир Путин"), new Leader("Xi Jinping", "President", "china", "习近平")],
                "talks-duration", "documents-signed"),
            new BriefSummary(
                [new KeyJudgement("Trade is at a record.", ["trade-turnover-2024"])],
                ["trade-turnover-2024", "investment-projects-value", "gas-supplies-2024", "visitors-russia-china", "documents-signed"]),
            [Theme("trade", "Trade and investment"), Theme("energy", "Energy"), Theme("people", "People-to-people ties"), Theme("politics", "Political dialogue")],
            indicators,
            [
                new ChartSpec("trade-chart", "trade", "Bilateral trade", ChartKind.Bar, ["2023", "2024"],
                    [new ChartSeries("Trade turnover", ["trade-turnover-2023", "trade-turnover-2024"])], null),
                new ChartSpec("gas-chart", "energy", "Gas supplies via Power of Siberia", ChartKind.StackedBar, ["2024", "2027"],
                    [new ChartSeries("Supplied in 2024", ["gas-supplies-2024", "gas-supplies-2024"]), new ChartSeries("Additional by 2027", [null, "gas-increase-2027"])], "2027 is a target."),
                new ChartSpec("people-chart", "people", "Students", ChartKind.GroupedBar, ["Russia → China", "China → Russia"],
                    [new ChartSeries("Students", ["students-russia-china", "students-china-russia"]), new ChartSeries("Visitors (thousands)", [null, null])], null),
            ],
            [
                new AgreementCategory("statements", "Joint statements",
                [
                    new Agreement("Joint statement on deepening comprehensive partnership", "On the new era of relations.", "kremlin", "The leaders signed a joint statement."),
                    new Agreement("Joint statement on global strategic stability", null, "kremlin", null),
                ]),
                new AgreementCategory("agreements", "Intergovernmental agreements",
                [
                    new Agreement("Agreement on investment protection", "Mutual protection of investments.", "xinhua", "An investment agreement was signed."),
                    new Agreement("Agreement on cooperation in education", null, "tass", null),
                ]),
            ],
            [
                new Source("kremlin", "Russian-Chinese talks", "Kremlin", new DateOnly(2025, 5, 8), "http://en.kremlin.ru/events/president/news/76898", null),
                new Source("xinhua", "Xi, Putin hold talks", "Xinhua", new DateOnly(2025, 5, 8), "https://english.news.cn/20250508/talks.html", null),
                new Source("tass", "People-to-people exchanges", "TASS", null, null, "Figures for 2024"),
                new Source("unused", "Background briefing", null, null, null, null),
            ]);
    }

    /// <summary>
    /// Three editions of <see cref="Summit"/> as a refreshed dataset goes: the second revises trade (245 →
    /// 250), adds a figure, drops the Years of Culture and gives the investment value in yuan; the third
    /// revises trade again (250 → 260), adds a source and a key judgement.
    /// </summary>
    public static (Summit First, Summit Second, Summit Third) Editions()
    {
        var first = Summit();
        var second = first with
        {
            Indicators =
            [
                .. first.Indicators.Where(i => i.Id != "cross-years-start").Select(i => i.Id switch
                {
                    "trade-turnover-2024" => i with { Value = 250 },
                    "investment-projects-value" => i with { Value = 1450, Unit = U("CNY bn") },
                    _ => i,
                }),
                Figure("trade-turnover-2025-q1", "Bilateral trade turnover, first quarter", 52.4, "USD bn", "2025", "trade"),
            ],
        };
        var third = second with
        {
            Indicators = second.Indicators.Select(i => i.Id == "trade-turnover-2024" ? i with { Value = 260 } : i).ToList(),
            Sources = [.. second.Sources, new Source("customs", "Customs statistics", "General Administration of Customs", null, null, null)],
            Summary = second.Summary with { KeyJudgements = [.. second.Summary.KeyJudgements, new KeyJudgement("Trade keeps growing.", ["trade-turnover-2024"])] },
        };
        return (first, second, third);
    }

    /// <summary>The long label of <see cref="Trilateral"/>'s interconnector figure (213 characters).</summary>
    public const string LongLabel = "Share of the cross-border electricity interconnector capacity that the three grid operators "
        + "agreed to reserve for balancing services during the winter peak months, subject to approval by the national regulators";

    /// <summary>
    /// A small three-party summit unlike the seed: figures with their own precision (4.5 years, 0.25 hours,
    /// 0.001 percent, EUR 1.25 bn), a headline count of memoranda but no documents-signed indicator and no
    /// agreements list, a long label, leaders' names in Greek script (and one native name equal to the name),
    /// a date note on a date that is not inferred, and a chart mixing 12.5 and 0.001 percent.
    /// </summary>
    public static Summit Trilateral()
    {
        Indicator[] indicators =
        [
            Figure("mandate-length", "Length of the joint research mandate", 4.5, "years", "2025", "science", Qualifier.Approximately, "about four and a half years"),
            Figure("plenary-break", "Break between the plenary sessions", 0.25, "hours", "2025-03-14", "politics"),
            Figure("tariff-change", "Average tariff change on listed goods", 0.001, "percent", "2025", "trade", Qualifier.UpTo, note: "Applies from 1 July."),
            Figure("interconnector-share", LongLabel, 12.5, "percent", "2025", "energy", note: "Subject to approval by the three national regulators."),
            Figure("science-fund", "Joint science fund", 1.25, "EUR bn", "2025", "science"),
            Figure("delegates", "Delegates attending", 1_234, "people", "2025-03-14", "politics", Qualifier.MoreThan, "more than 1,200"),
            Figure("memoranda-signed", "Memoranda of understanding signed", 3, "count", "2025-03-14", "politics"),
            Figure("talks-length", "Length of the talks", 6.5, "hours", "2025-03-14", "politics", Qualifier.MoreThan, "over six and a half hours"),
        ];
        return new Summit(
            "1.0",
            new SummitEvent("Trilateral summit in Tallinn", null, new DateOnly(2025, 3, 14), false, "The communiqué is dated the day after the talks.", "Tallinn",
                [new Party("estonia", "Estonia", "Eesti"), new Party("greece", "Greece", "Ελλάδα"), new Party("finland", "Finland", "Finland")],
                [new Leader("Eleni Papadaki", "Prime Minister", "greece", "Ελένη Παπαδάκη"), new Leader("Mari Tamm", "Prime Minister", "estonia", "Mari Tamm"),
                    new Leader("Aino Virtanen", "President", "finland", null)],
                "talks-length", null),
            new BriefSummary([new KeyJudgement("A joint science fund was set up.", ["science-fund"])],
                ["mandate-length", "plenary-break", "tariff-change", "interconnector-share", "memoranda-signed"]),
            [Theme("science", "Science"), Theme("politics", "Political dialogue"), Theme("trade", "Trade"), Theme("energy", "Energy")],
            indicators.Select(i => i with { SourceId = "communique" }).ToList(),
            [
                new ChartSpec("percent-chart", "trade", "Agreed shares", ChartKind.Bar, ["Interconnector", "Tariffs"],
                    [new ChartSeries("Share", ["interconnector-share", "tariff-change"])], null),
            ],
            [],
            [new Source("communique", "Joint communiqué", "Summit secretariat", new DateOnly(2025, 3, 15), null, null)]);
    }

    static Theme Theme(string id, string title) => new(id, title, [$"{title} were discussed."], [], []);

    /// <summary>A summit with <paramref name="count"/> generated indicators, two in three sharing an excerpt.</summary>
    public static Summit Generated(int count)
    {
        var seed = Summit();
        string[] units = ["USD bn", "bcm", "people", "count", "percent", "year"];
        var sources = Enumerable.Range(0, Math.Max(1, count / 100))
            .Select(i => new Source($"source-{i}", $"Source number {i}", "Publisher", new DateOnly(2025, 1, 1).AddDays(i % 300), $"https://example.org/{i}", null)).ToList();
        var indicators = Enumerable.Range(0, count).Select(i => new Indicator(
            GeneratedId(i), $"Generated indicator {i} about {seed.Themes[i % 4].Title.ToLowerInvariant()}",
            Math.Round((i * 7919 % 100_000) / 7.0, 6), U(units[i % units.Length]), (2000 + (i % 30)).ToString(CultureInfo.InvariantCulture),
            seed.Themes[i % 4].Id, (Qualifier)(i % 5), i % 3 == 0 ? "roughly" : null, (IndicatorKind)(i % 3),
            i % 2 == 0 ? new Direction("russia", "china") : null, sources[i % sources.Count].Id,
            $"Excerpt {i / 3}: the parties noted a figure quoted in the statement, with context long enough to wrap in the excerpt column of the sheet.",
            i % 10 == 0 ? "Generated note" : null)).ToList();
        var charts = Enumerable.Range(0, Math.Min(5, count / 4)).Select(c => new ChartSpec(
            $"chart-{c}", seed.Themes[c % 4].Id, $"Generated chart {c}", (ChartKind)(c % 3), ["First", "Second"],
            [new ChartSeries("A", [GeneratedId(c), GeneratedId(count - 1 - c)]), new ChartSeries("B", [GeneratedId(c + 6), null])], null)).ToList();
        return seed with
        {
            Event = seed.Event with { DurationIndicatorId = null, DocumentsSignedIndicatorId = null },
            Summary = new BriefSummary([], [GeneratedId(0)]),
            Indicators = indicators,
            Charts = charts,
            Sources = sources,
            Agreements = [],
        };
    }

    public static string GeneratedId(int i) => $"gen-{i:D6}";

    /// <summary>Texts a spreadsheet could read as formulas, in every field that reaches a cell.</summary>
    public static readonly string[] HostileTexts =
        ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rCarriage", "\nLine", "=HYPERLINK(\"http://evil.example\",\"x\")"];

    public static Summit Hostile()
    {
        var seed = Summit();
        string H(int i) => HostileTexts[i % HostileTexts.Length];
        var indicators = seed.Indicators.Select((x, i) => x with
        {
            Label = H(i),
            QualifierText = H(i + 1),
            Period = H(i + 2),
            SourceExcerpt = H(i + 3),
            Note = H(i + 4),
        }).ToList();
        return seed with
        {
            Event = seed.Event with
            {
                Title = H(0),
                Subtitle = H(1),
                Place = H(2),
                DateNote = H(3),
                Parties = [new Party("russia", H(4), H(5)), new Party("china", H(6), null)],
                Leaders = [new Leader(H(7), H(0), "russia", null)],
            },
            Themes = seed.Themes.Select((t, i) => t with { Title = H(i) }).ToList(),
            Indicators = indicators,
            Charts = seed.Charts.Select((c, i) => c with
            {
                Title = H(i),
                Categories = c.Categories.Select((_, k) => H(i + k + 1)).ToList(),
                Series = c.Series.Select((s, k) => s with { Name = H(i + k + 3) }).ToList(),
                Note = H(i + 5),
            }).ToList(),
            Agreements = seed.Agreements.Select((a, i) => a with
            {
                Name = H(i),
                Documents = a.Documents.Select((d, k) => d with { Title = H(k), Description = H(k + 1), SourceExcerpt = H(k + 2) }).ToList(),
            }).ToList(),
            Sources = seed.Sources.Select((s, i) => s with { Title = H(i), Publisher = H(i + 1), Note = H(i + 2), Url = i == 0 ? "=http://evil.example" : s.Url }).ToList(),
        };
    }
}
