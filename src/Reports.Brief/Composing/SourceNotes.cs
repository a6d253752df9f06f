using Reports.Domain.Model;

namespace Reports.Brief.Composing;

/// <summary>
/// Numbers each distinct source excerpt once ([1], [2]…, in order of first use) so every figure in the
/// brief can point at the sentence it came from in the Sources section.
/// </summary>
internal sealed class SourceNotes
{
    readonly Dictionary<string, int> _byIndicator;

    SourceNotes(IReadOnlyList<Note> notes, Dictionary<string, int> byIndicator) => (All, _byIndicator) = (notes, byIndicator);

    /// <summary>One excerpt, the source it is from, and the indicators it supports.</summary>
    public sealed record Note(int Number, string SourceId, string Excerpt, IReadOnlyList<string> IndicatorIds);

    public IReadOnlyList<Note> All { get; }

    public static SourceNotes For(Summit summit)
    {
        var groups = summit.Indicators
            .GroupBy(i => (i.SourceId, i.SourceExcerpt))
            .Select((g, n) => new Note(n + 1, g.Key.SourceId, g.Key.SourceExcerpt, g.Select(i => i.Id).ToList()))
            .ToList();
        var byIndicator = groups.SelectMany(g => g.IndicatorIds.Select(id => (id, g.Number))).ToDictionary(x => x.id, x => x.Number);
        return new SourceNotes(groups, byIndicator);
    }

    public int NumberOf(Indicator indicator) => _byIndicator[indicator.Id];

    public string Marker(Indicator indicator) => $"[{NumberOf(indicator)}]";
}
