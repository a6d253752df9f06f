using Reports.Domain.Formatting;
using Reports.Domain.Model;

namespace Reports.Domain.Changes;

/// <summary>
/// How a change is written, the same in the brief and the workbook: "USD 245 bn → USD 260 bn, +6 %",
/// "period 2024 → 2025". Numbers come from the <see cref="FigureFormatter"/>, so from its culture.
/// </summary>
public sealed class ChangeTexts(FigureFormatter figures)
{
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
        return (percent > 0 ? "+" : "−") + number + " %";
    }

    /// <summary>The other parts that changed: "period 2024 → 2025", "forecast → actual".</summary>
    public IReadOnlyList<string> OtherParts(IndicatorChange change)
    {
        if (change.Kind != ChangeKind.Changed)
            return [];
        var parts = new List<string>();
        if (change.Fields.Contains(IndicatorField.Period))
            parts.Add("period " + FigureFormatter.Period(change.Before!.Period) + Arrow + FigureFormatter.Period(change.After!.Period));
        if (change.Fields.Contains(IndicatorField.Kind))
            parts.Add(FigureFormatter.KindWords(change.Before!.Kind) + Arrow + FigureFormatter.KindWords(change.After!.Kind));
        return parts;
    }

    /// <summary>Everything that changed in one line: "USD 245 bn → USD 260 bn, +6 %; period 2024 → 2025".</summary>
    public string Summary(IndicatorChange change) =>
        string.Join("; ", OtherParts(change).Prepend(Values(change)));

    /// <summary>The names of the parts that changed, for a table column: "value, unit".</summary>
    public static string FieldWords(IndicatorChange change) =>
        string.Join(", ", change.Fields.Select(f => f.ToString().ToLowerInvariant()));

    public static string KindWords(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    public static string ItemWords(ItemKind item) => item switch
    {
        ItemKind.KeyJudgement => "key judgement",
        ItemKind.Agreement => "agreement",
        ItemKind.Quote => "quote",
        _ => "source",
    };

    /// <summary>
    /// The change set in a sentence: "2 figures changed, 1 added and 1 removed; 1 key judgement added; the
    /// event date moved from 8 May 2025 to 9 May 2025." — or that nothing changed.
    /// </summary>
    public string Overview(ChangeSet changes)
    {
        if (changes.IsEmpty)
            return "Nothing changed: every figure, key judgement, agreement, quote and source is as it was.";
        var parts = new List<string>();
        if (FigureCounts(changes) is { } figures)
            parts.Add(figures);
        parts.AddRange(changes.Items.GroupBy(i => i.Item).Select(ItemCounts));
        if (changes.EventDate is { } date)
            parts.Add($"the event date moved from {EventBefore(date)} to {EventAfter(date)}");
        var text = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    string? FigureCounts(ChangeSet changes)
    {
        var counts = new[] { ChangeKind.Changed, ChangeKind.Added, ChangeKind.Removed }
            .Select(kind => (Kind: kind, Count: changes.Indicators.Count(c => c.Kind == kind)))
            .Where(k => k.Count > 0)
            .Select((k, i) => (i == 0 ? Count(k.Count, "figure") : k.Count.ToString("#,0", figures.Culture)) + " " + KindWords(k.Kind))
            .ToList();
        return counts.Count switch
        {
            0 => null,
            1 => counts[0],
            _ => string.Join(", ", counts.Take(counts.Count - 1)) + " and " + counts[^1],
        };
    }

    /// <summary>"2 key judgements added and 1 removed", "1 source added".</summary>
    string ItemCounts(IGrouping<ItemKind, ItemChange> items)
    {
        var counts = items.GroupBy(i => i.Kind).Select((g, i) => (i == 0 ? Count(g.Count(), ItemWords(items.Key)) : g.Count().ToString("#,0", figures.Culture)) + " " + KindWords(g.Key)).ToList();
        return string.Join(" and ", counts);
    }

    /// <summary>"1 figure", "2 figures", "1,200 key judgements".</summary>
    string Count(int count, string noun) => count.ToString("#,0", figures.Culture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>A date as the reports write it ("8 May 2025").</summary>
    public string Date(DateOnly date) => _dates.Date(date);

    /// <summary>When the earlier edition dated the event: "8 May 2025", "22–24 October 2024".</summary>
    public string EventBefore(DateChange date) => _dates.Range(date.Before, date.BeforeEnd);

    /// <summary>When the later edition dates the event.</summary>
    public string EventAfter(DateChange date) => _dates.Range(date.After, date.AfterEnd);

    readonly DateFormatter _dates = new(figures.Culture);

    static bool ValueShown(IndicatorChange change) =>
        change.Fields.Any(f => f is IndicatorField.Value or IndicatorField.Qualifier or IndicatorField.Unit);

    /// <summary>The value alone with its qualifier and unit, for one edition.</summary>
    public string Qualified(Indicator indicator) => figures.Qualified(indicator);
}
