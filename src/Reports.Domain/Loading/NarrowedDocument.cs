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

    /// <summary>The root with each named array holding only the items at the kept indexes (ascending), the rest as it is.</summary>
    public static NarrowedDocument Cut(JsonElement root, IReadOnlyDictionary<string, (JsonElement[] Items, int[] Kept)> arrays)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (!arrays.TryGetValue(property.Name, out var array))
                {
                    property.WriteTo(writer);
                    continue;
                }
                writer.WritePropertyName(property.Name);
                writer.WriteStartArray();
                foreach (var i in array.Kept)
                    array.Items[i].WriteTo(writer);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return new NarrowedDocument(JsonDocument.Parse(buffer.WrittenMemory), arrays.ToDictionary(a => a.Key, a => a.Value.Kept, StringComparer.Ordinal));
    }

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
