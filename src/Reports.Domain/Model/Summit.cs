namespace Reports.Domain.Model;

/// <summary>A validated summit dataset: the event, what was signed, the themes and every figure.</summary>
/// <param name="SchemaVersion">The dataset format version the file declared, "1.0" or "1.1".</param>
/// <param name="Language">The BCP 47 tag of the language the dataset's own text is in; "en" unless it says.</param>
public sealed record Summit(
    string SchemaVersion,
    SummitEvent Event,
    BriefSummary Summary,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<ChartSpec> Charts,
    IReadOnlyList<AgreementCategory> Agreements,
    IReadOnlyList<Source> Sources,
    string Language = "en")
{
    /// <summary>The indicator with this id; the validator guarantees every reference resolves.</summary>
    public Indicator Indicator(string id) => Indicators.First(i => i.Id == id);

    public Theme Theme(string id) => Themes.First(t => t.Id == id);

    public Source Source(string id) => Sources.First(s => s.Id == id);

    public IReadOnlyList<Indicator> IndicatorsOf(Theme theme) => Indicators.Where(i => i.ThemeId == theme.Id).ToList();

    public IReadOnlyList<ChartSpec> ChartsOf(Theme theme) => Charts.Where(c => c.ThemeId == theme.Id).ToList();
}
