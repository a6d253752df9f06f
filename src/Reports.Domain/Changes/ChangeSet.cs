namespace Reports.Domain.Changes;

/// <summary>
/// What changed between an earlier and a later edition of a dataset, in a fixed order: indicators changed,
/// added, then removed (each in its edition's order), then key judgements, agreements, quotes and sources
/// added, then removed.
/// </summary>
/// <param name="Since">The date of the earlier edition: the date its reports recorded, or its own date.</param>
/// <param name="EventDate">The event's date, when the later edition gives another one.</param>
public sealed record ChangeSet(DateOnly Since, DateChange? EventDate, IReadOnlyList<IndicatorChange> Indicators, IReadOnlyList<ItemChange> Items)
{
    readonly Dictionary<string, IndicatorChange> _byId = Indicators.Where(c => c.Kind != ChangeKind.Removed).ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>Nothing differs: the reports say so rather than leave the section out.</summary>
    public bool IsEmpty => EventDate is null && Indicators.Count == 0 && Items.Count == 0;

    /// <summary>How an indicator of the later edition differs from the earlier one: changed, added, or
    /// null when it is the same.</summary>
    public IndicatorChange? Of(string indicatorId) => _byId.GetValueOrDefault(indicatorId);

    public IReadOnlyList<IndicatorChange> IndicatorsThat(ChangeKind kind) => Indicators.Where(c => c.Kind == kind).ToList();
}
