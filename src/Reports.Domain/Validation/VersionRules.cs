using Reports.Domain.Loading.Dto;
using Reports.Domain.Model;

namespace Reports.Domain.Validation;

/// <summary>
/// A file that declares schema 1.0 uses only what 1.0 defines, so a tool that reads 1.0 reads it whole:
/// each construct schema 1.1 added is an error there, naming the version that has it.
/// </summary>
internal static class VersionRules
{
    public static IEnumerable<RuleError> Check(SummitDto dto)
    {
        if (dto.SchemaVersion != "1.0")
            yield break;
        if (dto.Language is not null)
            yield return New("$.language", "\"language\"");
        if (dto.Event?.EndDate is not null)
            yield return New("$.event.endDate", "\"endDate\"");
        foreach (var (party, i) in DomainRules.Indexed(dto.Event?.Parties))
            if (party.Lang is not null)
                yield return New($"$.event.parties[{i}].lang", "\"lang\"");
        foreach (var (leader, i) in DomainRules.Indexed(dto.Event?.Leaders))
            if (leader.Lang is not null)
                yield return New($"$.event.leaders[{i}].lang", "\"lang\"");
        foreach (var (theme, t) in DomainRules.Indexed(dto.Themes))
            foreach (var (quote, q) in DomainRules.Indexed(theme.Quotes))
                if (quote.Lang is not null)
                    yield return New($"$.themes[{t}].quotes[{q}].lang", "\"lang\"");
        foreach (var (indicator, i) in DomainRules.Indexed(dto.Indicators))
            foreach (var error in Indicator(indicator, $"$.indicators[{i}]"))
                yield return error;
    }

    static IEnumerable<RuleError> Indicator(IndicatorDto indicator, string path)
    {
        if (indicator.Unit is { } unit && Units.Find(unit) is not null && !Units.InSchema10.Contains(unit))
            yield return New($"{path}.unit", $"The unit \"{unit}\"");
        if (indicator.Qualifier == "nearly")
            yield return New($"{path}.qualifier", "The qualifier \"nearly\"");
        if (indicator.Change is not null)
            yield return New($"{path}.change", "\"change\"");
    }

    static RuleError New(string path, string what) => new(path,
        $"{what} is new in schema 1.1, and the file declares \"schemaVersion\": \"1.0\".",
        "\"schemaVersion\": \"1.1\", or only what schema 1.0 defines");
}
