using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Text;

namespace Reports.Brief;

/// <summary>
/// Finds the dataset text a character of the brief comes from. A block knows its origin ("$.charts[0]",
/// "$.event.parties"), but a cell such as "Russia (Россия)" joins several dataset strings; the JSON path
/// worth reporting is that of the string holding the character. Indexed once, so that a dataset of
/// 100,000 labels in a script no font has is located in linear time.
/// </summary>
internal sealed class TextOrigins
{
    readonly List<(string Path, string Text)> _texts;
    readonly Dictionary<string, List<int>> _exact = new(StringComparer.Ordinal);
    readonly Dictionary<int, List<int>> _holding = [];

    /// <param name="changes">The changes the brief shows: texts of the earlier edition it prints are located there.</param>
    /// <param name="codePoints">The characters to locate (the ones the fonts lack).</param>
    public TextOrigins(Summit summit, ChangeSet? changes, IReadOnlySet<int> codePoints)
    {
        _texts = [.. DatasetTexts.Of(summit), .. DatasetTexts.Of(changes)];
        for (var i = 0; i < _texts.Count; i++)
        {
            (_exact.TryGetValue(_texts[i].Text, out var same) ? same : _exact[_texts[i].Text] = []).Add(i);
            foreach (var cp in _texts[i].Text.EnumerateRunes().Select(r => r.Value).Where(codePoints.Contains).Distinct())
                (_holding.TryGetValue(cp, out var list) ? list : _holding[cp] = []).Add(i);
        }
    }

    /// <summary>
    /// The path of the dataset string holding the character: the one drawn as it is; else the first the
    /// drawn text contains, within the block's origin, then anywhere; else the first within the origin,
    /// then any; the block's origin when the character is in no dataset string (words of our own). With
    /// the path, the dataset string itself (null for the block's origin).
    /// </summary>
    public (string Path, string? Text) Find(MissingGlyph glyph)
    {
        bool Within(int i) => glyph.Origin is { } origin && IsWithin(_texts[i].Path, origin);
        if (_exact.TryGetValue(glyph.FullText, out var same) && same.Count > 0 && Holds(same[0], glyph.CodePoint))
            return _texts[same.FirstOrDefault(Within, same[0])];
        var holding = _holding.GetValueOrDefault(glyph.CodePoint) ?? [];
        bool Drawn(int i) => glyph.FullText.Contains(_texts[i].Text, StringComparison.Ordinal);
        int? First(Func<int, bool> test) => holding.FirstOrDefault(i => test(i), -1) is var found and >= 0 ? found : null;
        var index = First(i => Drawn(i) && Within(i)) ?? First(Drawn) ?? First(Within) ?? (holding.Count > 0 ? holding[0] : null);
        return index is { } at ? _texts[at] : (glyph.Origin ?? "$", null);
    }

    bool Holds(int index, int codePoint) => _holding.TryGetValue(codePoint, out var list) && list.BinarySearch(index) >= 0;

    /// <summary>"$.charts[1].title" is within "$.charts[1]"; "$.charts[10]" is not.</summary>
    static bool IsWithin(string path, string origin) =>
        path.StartsWith(origin, StringComparison.Ordinal) && (path.Length == origin.Length || path[origin.Length] is '.' or '[');
}
