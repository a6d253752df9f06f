using System.Globalization;
using System.Text.Json;

namespace Reports.Domain.Loading;

/// <summary>
/// A document whose large arrays were cut down to some of their items (<see cref="SplitSchema.Narrow"/>), with
/// the way back from a path in it to the same value's path in the whole document.
/// </summary>
internal sealed class NarrowedDocument(JsonDocument document, IReadOnlyDictionary<string, int[]> kept) : IDisposable
{
    public JsonElement Root => document.RootElement;

    /// <summary>"$.indicators[1].value" in the cut document is "$.indicators[50000].value" in the whole one.</summary>
    public string PathInWhole(string path)
    {
        if (!path.StartsWith("$.", StringComparison.Ordinal))
            return path;
        var open = path.IndexOf('[', 2);
        if (open < 0 || !kept.TryGetValue(path[2..open], out var indexes))
            return path;
        var close = path.IndexOf(']', open);
        if (close < 0 || !int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= indexes.Length)
            return path;
        return string.Concat(path.AsSpan(0, open + 1), indexes[i].ToString(CultureInfo.InvariantCulture), path.AsSpan(close));
    }

    public void Dispose() => document.Dispose();
}
