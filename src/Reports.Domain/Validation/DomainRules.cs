using Reports.Domain.Loading.Dto;
using Reports.Domain.Model;

namespace Reports.Domain.Validation;

/// <summary>
/// The rules a schema cannot express: ids unique, every reference resolving, real dates and plausible
/// periods, an end date not before the start, counts not negative unless a change, a lang beside its
/// nativeName, a chart's indicators sharing a unit (and a warning when its bars are of mixed scales),
/// nothing newer than the declared schema version. Collects every error; never throws.
/// </summary>
internal sealed class DomainRules
{
    readonly List<RuleError> _errors = [];
    readonly IdIndex _parties = new("party");
    readonly IdIndex _themes = new("theme");
    readonly IdIndex _indicators = new("indicator");
    readonly IdIndex _charts = new("chart");
    readonly IdIndex _sources = new("source");
    readonly IdIndex _categories = new("agreement category");
    readonly Dictionary<string, IndicatorDto> _indicatorById = new(StringComparer.Ordinal);

    public static IReadOnlyList<RuleError> Check(SummitDto dto)
    {
        var rules = new DomainRules();
        rules.DeclareAll(dto);
        rules.CheckEvent(dto.Event);
        rules.CheckSummary(dto.Summary);
        rules.CheckThemes(dto.Themes);
        rules.CheckIndicators(dto.Indicators);
        rules.CheckCharts(dto.Charts);
        rules.CheckAgreements(dto.Agreements);
        rules.CheckSources(dto.Sources);
        rules._errors.AddRange(VersionRules.Check(dto));
        return rules._errors;
    }

    void Add(RuleError? error)
    {
        if (error is not null)
            _errors.Add(error);
    }

    void DeclareAll(SummitDto dto)
    {
        Declare(dto.Event?.Parties, "$.event.parties", _parties, p => p.Id);
        Declare(dto.Themes, "$.themes", _themes, t => t.Id);
        Declare(dto.Indicators, "$.indicators", _indicators, i => i.Id);
        Declare(dto.Charts, "$.charts", _charts, c => c.Id);
        Declare(dto.Sources, "$.sources", _sources, s => s.Id);
        Declare(dto.Agreements, "$.agreements", _categories, a => a.Id);
        foreach (var indicator in dto.Indicators ?? [])
            if (indicator?.Id is { } id)
                _indicatorById.TryAdd(id, indicator);
    }

    void Declare<T>(List<T?>? items, string path, IdIndex index, Func<T, string?> id) where T : class
    {
        foreach (var (item, i) in Indexed(items))
            Add(index.Declare(id(item), $"{path}[{i}].id"));
    }

    void CheckEvent(EventDto? e)
    {
        if (e is null)
            return;
        if (e.Date is not null && Periods.Date(e.Date) is null)
            Add(new RuleError("$.event.date", $"\"{e.Date}\" is not a real calendar date.", "a date that exists, YYYY-MM-DD"));
        else if (Periods.Date(e.Date) is { } date && Periods.Problem(date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)) is { } why)
            Add(new RuleError("$.event.date", why, $"a year from {Periods.EarliestYear} to {Periods.LatestYear}"));
        CheckEndDate(e);
        foreach (var (party, i) in Indexed(e.Parties))
            Add(LanguageOfNativeName(party.Lang, party.NativeName, "party", $"$.event.parties[{i}].lang"));
        foreach (var (leader, i) in Indexed(e.Leaders))
        {
            Add(_parties.Resolve(leader.Party, $"$.event.leaders[{i}].party"));
            Add(LanguageOfNativeName(leader.Lang, leader.NativeName, "leader", $"$.event.leaders[{i}].lang"));
        }
        Add(_indicators.Resolve(e.DurationIndicator, "$.event.durationIndicator"));
        Add(_indicators.Resolve(e.DocumentsSignedIndicator, "$.event.documentsSignedIndicator"));
    }

    void CheckEndDate(EventDto e)
    {
        if (e.EndDate is null)
            return;
        if (Periods.Date(e.EndDate) is not { } end)
            Add(new RuleError("$.event.endDate", $"\"{e.EndDate}\" is not a real calendar date.", "a date that exists, YYYY-MM-DD"));
        else if (Periods.Date(e.Date) is { } start && end < start)
            Add(new RuleError("$.event.endDate", $"The summit ends ({e.EndDate}) before it starts ({e.Date}).", $"an end date on or after \"date\" ({e.Date})"));
        else if (Periods.Problem(end.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)) is { } why)
            Add(new RuleError("$.event.endDate", why, $"a year from {Periods.EarliestYear} to {Periods.LatestYear}"));
    }

    static RuleError? LanguageOfNativeName(string? lang, string? nativeName, string owner, string path) =>
        lang is not null && nativeName is null
            ? new RuleError(path, $"\"lang\" gives the language of \"nativeName\", which this {owner} does not have.", "a \"nativeName\" beside \"lang\", or no \"lang\"")
            : null;

    void CheckSummary(SummaryDto? s)
    {
        foreach (var (judgement, i) in Indexed(s?.KeyJudgements))
            ResolveAll(judgement.Indicators, $"$.summary.keyJudgements[{i}].indicators", _indicators);
        ResolveAll(s?.HeadlineIndicators, "$.summary.headlineIndicators", _indicators);
    }

    void CheckThemes(List<ThemeDto?>? themes)
    {
        foreach (var (theme, i) in Indexed(themes))
        {
            ResolveAll(theme.KeyFigures, $"$.themes[{i}].keyFigures", _indicators);
            foreach (var (quote, q) in Indexed(theme.Quotes))
                Add(_sources.Resolve(quote.Source, $"$.themes[{i}].quotes[{q}].source"));
        }
    }

    void CheckIndicators(List<IndicatorDto?>? indicators)
    {
        foreach (var (indicator, i) in Indexed(indicators))
            CheckIndicator(indicator, $"$.indicators[{i}]");
    }

    void CheckIndicator(IndicatorDto indicator, string path)
    {
        Add(_themes.Resolve(indicator.Theme, $"{path}.theme"));
        Add(_sources.Resolve(indicator.Source, $"{path}.source"));
        var unit = indicator.Unit is null ? null : Units.Find(indicator.Unit);
        if (indicator.Unit is not null && unit is null)
            Add(new RuleError($"{path}.unit", $"Unknown unit \"{indicator.Unit}\".", $"one of {string.Join(", ", Units.Named.Select(u => u.Id))}; or {Units.MoneyForm}"));
        CheckSign(indicator, unit, path);
        if (indicator.Period is not null && Periods.Problem(indicator.Period) is { } why)
            Add(new RuleError($"{path}.period", why, $"a real period between {Periods.EarliestYear} and {Periods.LatestYear}, e.g. 2024, 2025-05, 2024/2025"));
        if (indicator.Direction is { } d)
        {
            Add(_parties.Resolve(d.From, $"{path}.direction.from"));
            Add(_parties.Resolve(d.To, $"{path}.direction.to"));
            if (d.From is not null && d.From == d.To)
                Add(new RuleError($"{path}.direction", $"The direction goes from \"{d.From}\" to itself.", "two different parties"));
        }
    }

    /// <summary>Counts and years are never negative, unless the figure is a change (a fall of 300,000 visitors).</summary>
    void CheckSign(IndicatorDto indicator, Unit? unit, string path)
    {
        var change = indicator.Change == true;
        if (indicator.Value is { } value && !double.IsFinite(value))
            Add(new RuleError($"{path}.value", "The number is not finite.", "a finite number"));
        else if (change && unit is { IsYear: true })
            Add(new RuleError($"{path}.change", "A change cannot be a calendar year.", "the unit \"years\" for a change in time"));
        else if (indicator.Value < 0 && !change && unit is { IsCount: true } or { IsYear: true })
            Add(new RuleError($"{path}.value", $"A {unit!.Id} figure cannot be negative ({indicator.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}).",
                unit.IsCount ? "zero or more; or \"change\": true when the figure is a rise or a fall" : "zero or more"));
    }

    void CheckCharts(List<ChartDto?>? charts)
    {
        foreach (var (chart, i) in Indexed(charts))
            new ChartRules(_indicators, _indicatorById, _themes, Add).Check(chart, $"$.charts[{i}]");
    }

    void CheckAgreements(List<AgreementCategoryDto?>? categories)
    {
        foreach (var (category, i) in Indexed(categories))
            foreach (var (document, d) in Indexed(category.Documents))
                Add(_sources.Resolve(document.Source, $"$.agreements[{i}].documents[{d}].source"));
    }

    void CheckSources(List<SourceDto?>? sources)
    {
        foreach (var (source, i) in Indexed(sources))
            if (source.Published is not null && Periods.Date(source.Published) is null)
                Add(new RuleError($"$.sources[{i}].published", $"\"{source.Published}\" is not a real calendar date.", "a date that exists, YYYY-MM-DD"));
    }

    void ResolveAll(List<string?>? ids, string path, IdIndex index)
    {
        foreach (var (id, i) in Indexed(ids))
            Add(index.Resolve(id, $"{path}[{i}]"));
    }

    internal static IEnumerable<(T Item, int Index)> Indexed<T>(List<T?>? items) where T : class =>
        (items ?? []).Select((item, i) => (item, i)).Where(x => x.item is not null).Select(x => (x.item!, x.i));
}
