using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Domain.Wording;

namespace Reports.Domain.Changes;

/// <summary>
/// How a change is written, the same in the brief and the workbook: "USD 245 bn → USD 260 bn, +6 %",
/// "period 2024 → 2025". Numbers come from the <see cref="FigureFormatter"/>, so from its culture, and
/// words from its language's catalog.
/// </summary>
public sealed class ChangeTexts(FigureFormatter figures)
{
    readonly Words _words = figures.Words;

    public const string Arrow = " → ";

    /// <summary>The figure: earlier → later with the change in percent when there is one (same unit, earlier
    /// value not 0); the one value when only the period or kind changed, or for an added or removed figure.</summary>
    public string Values(IndicatorChange change)
    {
        if (change.Kind != ChangeKind.Changed || !ValueShown(change))
            return figures.Qualified(change.Latest);
        var text = figures.Qualified(change.Before!) + Arrow + figures.Qualified(change.After!);
        return Percent(change) is { } percent ? text + ", " + percent : text;
    }

    /// <summary>"+6 %", "−12 %", "+0.4 %"; null when there is no relative change to give.</summary>
    public string? Percent(IndicatorChange change)
    {
        if (change.RelativeChange is not { } fraction)
            return null;
        var percent = fraction * 100;
        var magnitude = Math.Abs(percent);
        var number = magnitude >= 0.95
            ? Math.Round(magnitude, MidpointRounding.AwayFromZero).ToString("#,0", figures.Culture)
            : magnitude >= 0.05 ? magnitude.ToString("0.0", figures.Culture) : "<" + 0.1.ToString("0.0", figures.Culture);
        return _words.Format("change.percent", ("number", (percent > 0 ? "+" : "−") + number));
    }

    /// <summary>The other parts that changed: "period 2024 → 2025", "forecast → actual".</summary>
    public IReadOnlyList<string> OtherParts(IndicatorChange change)
    {
        if (change.Kind != ChangeKind.Changed)
            return [];
        var parts = new List<string>();
        if (change.Fields.Contains(IndicatorField.Period))
            parts.Add(_words.Format("change.period", ("before", FigureFormatter.Period(change.Before!.Period)), ("after", FigureFormatter.Period(change.After!.Period))));
        if (change.Fields.Contains(IndicatorField.Kind))
            parts.Add(figures.KindWords(change.Before!.Kind) + Arrow + figures.KindWords(change.After!.Kind));
        return parts;
    }

    /// <summary>Everything that changed in one line: "USD 245 bn → USD 260 bn, +6 %; period 2024 → 2025".</summary>
    public string Summary(IndicatorChange change) =>
        string.Join("; ", OtherParts(change).Prepend(Values(change)));

    /// <summary>The names of the parts that changed, for a table column: "value, unit".</summary>
    public string FieldWords(IndicatorChange change) =>
        string.Join(_words["list.separator"], change.Fields.Select(f => _words["field." + Key(f)]));

    /// <summary>"added", "removed", "changed".</summary>
    public string KindWords(ChangeKind kind) => _words["change.kind." + Key(kind)];

    /// <summary>"key judgement", "agreement", "quote", "source".</summary>
    public string ItemWords(ItemKind item) => _words["item." + Key(item)];

    /// <summary>"Quote removed", "Key judgement added": a heading for one item's change.</summary>
    public string ItemChange(ItemKind item, ChangeKind kind) => _words[$"change.{Key(item)}.{Key(kind)}.title"];

    /// <summary>The same in running text: "quote removed", "key judgement added".</summary>
    public string ItemChangeWords(ItemKind item, ChangeKind kind)
    {
        var title = ItemChange(item, kind);
        return char.ToLower(title[0], figures.Culture) + title[1..];
    }

    /// <summary>An enum value as a catalog key: KeyJudgement → "keyJudgement".</summary>
    static string Key<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>
    /// The change set in a sentence: "2 figures changed, 1 added and 1 removed; 1 key judgement added; the
    /// event date moved from 8 May 2025 to 9 May 2025." — or that nothing changed.
    /// </summary>
    public string Overview(ChangeSet changes)
    {
        if (changes.IsEmpty)
            return _words["change.nothing"];
        var parts = new List<string>();
        if (FigureCounts(changes) is { } counted)
            parts.Add(counted);
        parts.AddRange(changes.Items.GroupBy(i => i.Item).Select(ItemCounts));
        if (changes.EventDate is { } date)
            parts.Add(_words.Format("change.eventDate", ("before", EventBefore(date)), ("after", EventAfter(date))));
        var text = _words.Format("change.overview", ("parts", string.Join(_words["change.overview.separator"], parts)));
        return char.ToUpper(text[0], figures.Culture) + text[1..];
    }

    string? FigureCounts(ChangeSet changes)
    {
        var counts = new[] { ChangeKind.Changed, ChangeKind.Added, ChangeKind.Removed }
            .Select(kind => (Kind: kind, Count: changes.Indicators.Count(c => c.Kind == kind)))
            .Where(k => k.Count > 0)
            .Select((k, i) => Counted("figure", k.Kind, k.Count, first: i == 0))
            .ToList();
        return counts.Count == 0 ? null : _words.List(counts);
    }

    /// <summary>"2 key judgements added and 1 removed", "1 source added".</summary>
    string ItemCounts(IGrouping<ItemKind, ItemChange> items)
    {
        var counts = items.GroupBy(i => i.Kind).Select((g, i) => Counted(Key(items.Key), g.Key, g.Count(), first: i == 0)).ToList();
        return _words.List(counts);
    }

    /// <summary>"2 figures changed", or after the first count of a kind of thing, "1 added" (the catalog's ".more" form).</summary>
    string Counted(string thing, ChangeKind kind, int count, bool first) =>
        _words.Count($"change.{thing}.{Key(kind)}{(first ? "" : ".more")}", count, count.ToString("#,0", figures.Culture));

    /// <summary>A date as the reports write it ("8 May 2025").</summary>
    public string Date(DateOnly date) => _dates.Date(date);

    /// <summary>When the earlier edition dated the event: "8 May 2025", "22–24 October 2024".</summary>
    public string EventBefore(DateChange date) => _dates.Range(date.Before, date.BeforeEnd);

    /// <summary>When the later edition dates the event.</summary>
    public string EventAfter(DateChange date) => _dates.Range(date.After, date.AfterEnd);

    readonly DateFormatter _dates = new(figures.Culture, figures.Words);

    static bool ValueShown(IndicatorChange change) =>
        change.Fields.Any(f => f is IndicatorField.Value or IndicatorField.Qualifier or IndicatorField.Unit);

    /// <summary>The value alone with its qualifier and unit, for one edition.</summary>
    public string Qualified(Indicator indicator) => figures.Qualified(indicator);
}
