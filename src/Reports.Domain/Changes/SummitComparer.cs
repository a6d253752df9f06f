using Reports.Domain.Model;

namespace Reports.Domain.Changes;

/// <summary>
/// Compares two editions of a dataset. Indicators and sources are matched by their stable ids; key
/// judgements, agreements and quotes have none, so they are matched by what they say (a reworded judgement
/// is one removed and one added). Pure and deterministic: the same editions give the same change set.
/// </summary>
public static class SummitComparer
{
    /// <param name="since">The earlier edition's date as its reports recorded it; its event date when null.</param>
    public static ChangeSet Compare(Summit earlier, Summit later, DateOnly? since = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var (before, after) = (earlier.Event, later.Event);
        var date = before.Date == after.Date && LastDay(before) == LastDay(after)
            ? null
            : new DateChange(before.Date, after.Date, LastDay(before), LastDay(after));
        return new ChangeSet(since ?? earlier.Event.Date, date, Indicators(earlier, later), Items(earlier, later));
    }

    /// <summary>The last day of a summit of several days; null for one day (an end date equal to the start counts as none).</summary>
    static DateOnly? LastDay(SummitEvent e) => e.EndDate is { } end && end != e.Date ? end : null;

    static List<IndicatorChange> Indicators(Summit earlier, Summit later)
    {
        var before = earlier.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var after = later.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var changed = later.Indicators
            .Where(i => before.ContainsKey(i.Id))
            .Select(i => Changed(before[i.Id], i))
            .OfType<IndicatorChange>();
        var added = later.Indicators.Where(i => !before.ContainsKey(i.Id)).Select(IndicatorChange.Added);
        var removed = earlier.Indicators.Where(i => !after.ContainsKey(i.Id)).Select(IndicatorChange.Removed);
        return [.. changed, .. added, .. removed];
    }

    static IndicatorChange? Changed(Indicator before, Indicator after)
    {
        var fields = new List<IndicatorField>();
        if (before.Value != after.Value)
            fields.Add(IndicatorField.Value);
        if (before.Qualifier != after.Qualifier)
            fields.Add(IndicatorField.Qualifier);
        if (before.Kind != after.Kind)
            fields.Add(IndicatorField.Kind);
        if (!string.Equals(before.Period, after.Period, StringComparison.Ordinal))
            fields.Add(IndicatorField.Period);
        if (!string.Equals(before.Unit.Id, after.Unit.Id, StringComparison.Ordinal))
            fields.Add(IndicatorField.Unit);
        return fields.Count == 0 ? null : new IndicatorChange(ChangeKind.Changed, before, after, fields);
    }

    static List<ItemChange> Items(Summit earlier, Summit later) =>
    [
        .. Entries(ItemKind.KeyJudgement, KeyJudgements(earlier), KeyJudgements(later)),
        .. Entries(ItemKind.Agreement, Agreements(earlier), Agreements(later)),
        .. Entries(ItemKind.Quote, Quotes(earlier), Quotes(later)),
        .. Entries(ItemKind.Source, Sources(earlier), Sources(later)),
    ];

    /// <summary>An entry: the key it is matched by, what a reader is shown, and where it belongs.</summary>
    sealed record Entry(string Key, string Text, string? Detail);

    static IEnumerable<Entry> KeyJudgements(Summit s) =>
        s.Summary.KeyJudgements.Select(k => new Entry(k.Text, k.Text, null));

    static IEnumerable<Entry> Agreements(Summit s) =>
        s.Agreements.SelectMany(c => c.Documents.Select(d => new Entry(Key(c.Id, d.Title), d.Title, c.Name)));

    static IEnumerable<Entry> Quotes(Summit s) =>
        s.Themes.SelectMany(t => t.Quotes.Select(q => new Entry(Key(t.Id, q.Speaker, q.Text), q.Text, q.Speaker)));

    static IEnumerable<Entry> Sources(Summit s) =>
        s.Sources.Select(x => new Entry(x.Id, x.Title, x.Id));

    static string Key(params string[] parts) => string.Join('\u001f', parts);

    /// <summary>Entries of the later edition the earlier lacks (added), then the reverse (removed); an entry
    /// given twice counts twice, so a duplicate added is reported once.</summary>
    static IEnumerable<ItemChange> Entries(ItemKind item, IEnumerable<Entry> earlier, IEnumerable<Entry> later)
    {
        var before = earlier.ToList();
        var after = later.ToList();
        return Unmatched(after, before).Select(e => new ItemChange(item, ChangeKind.Added, e.Text, e.Detail))
            .Concat(Unmatched(before, after).Select(e => new ItemChange(item, ChangeKind.Removed, e.Text, e.Detail)));
    }

    /// <summary>The entries of <paramref name="these"/>, in order, that no entry of <paramref name="others"/> matches.</summary>
    static IEnumerable<Entry> Unmatched(List<Entry> these, List<Entry> others)
    {
        var available = others.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var entry in these)
        {
            if (available.TryGetValue(entry.Key, out var left) && left > 0)
                available[entry.Key] = left - 1;
            else
                yield return entry;
        }
    }
}
