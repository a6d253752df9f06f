using Reports.Domain.Loading.Dto;
using Reports.Domain.Model;
using Reports.Domain.Validation;

namespace Reports.Domain.Loading;

/// <summary>Turns a DTO that passed the schema and the domain rules into the immutable domain model.</summary>
internal static class SummitMapper
{
    public static Summit Map(SummitDto d) => new(
        d.SchemaVersion!,
        Event(d.Event!),
        new BriefSummary(
            d.Summary!.KeyJudgements!.Select(k => new KeyJudgement(k!.Text!, Ids(k.Indicators))).ToList(),
            Ids(d.Summary.HeadlineIndicators)),
        d.Themes!.Select(t => Theme(t!)).ToList(),
        d.Indicators!.Select(i => Indicator(i!)).ToList(),
        (d.Charts ?? []).Select(c => Chart(c!)).ToList(),
        (d.Agreements ?? []).Select(a => new AgreementCategory(a!.Id!, a.Name!,
            a.Documents!.Select(x => new Agreement(x!.Title!, x.Description, x.Source!, x.Excerpt)).ToList())).ToList(),
        d.Sources!.Select(s => new Source(s!.Id!, s.Title!, s.Publisher, Periods.Date(s.Published), s.Url, s.Note)).ToList(),
        d.Language ?? "en");

    static SummitEvent Event(EventDto e) => new(
        e.Title!, e.Subtitle, Periods.Date(e.Date)!.Value, e.DateInferred ?? false, e.DateNote, e.Place!,
        e.Parties!.Select(p => new Party(p!.Id!, p.Name!, p.NativeName, p.Lang)).ToList(),
        e.Leaders!.Select(l => new Leader(l!.Name!, l.Role!, l.Party!, l.NativeName, l.Lang)).ToList(),
        e.DurationIndicator, e.DocumentsSignedIndicator, Periods.Date(e.EndDate));

    static Theme Theme(ThemeDto t) => new(
        t.Id!, t.Title!, (t.Summary ?? []).Select(s => s!).ToList(),
        (t.Quotes ?? []).Select(q => new Quote(q!.Text!, q.Speaker!, q.Source, q.Lang)).ToList(),
        Ids(t.KeyFigures));

    static Indicator Indicator(IndicatorDto i) => new(
        i.Id!, i.Label!, i.Value!.Value, Units.Find(i.Unit!)!, i.Period!, i.Theme!,
        Qualifier(i.Qualifier!), i.QualifierText, Enum.Parse<IndicatorKind>(i.Kind!, ignoreCase: true),
        i.Direction is { } d ? new Direction(d.From!, d.To!) : null,
        i.Source!, i.Excerpt!, i.Note, i.Change ?? false);

    static ChartSpec Chart(ChartDto c) => new(
        c.Id!, c.Theme!, c.Title!, c.Type switch { "grouped-bar" => ChartKind.GroupedBar, "stacked-bar" => ChartKind.StackedBar, _ => ChartKind.Bar },
        c.Categories!.Select(x => x!).ToList(),
        c.Series!.Select(s => new ChartSeries(s!.Name!, s.Indicators!.ToList())).ToList(),
        c.Note);

    static Qualifier Qualifier(string text) => text switch
    {
        "approximately" => Model.Qualifier.Approximately,
        "at-least" => Model.Qualifier.AtLeast,
        "more-than" => Model.Qualifier.MoreThan,
        "up-to" => Model.Qualifier.UpTo,
        "nearly" => Model.Qualifier.Nearly,
        _ => Model.Qualifier.Exact,
    };

    static IReadOnlyList<string> Ids(List<string?>? ids) => (ids ?? []).Select(x => x!).ToList();
}
