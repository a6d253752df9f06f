using System.Text.Json;

namespace Reports.Domain.Loading;

/// <summary>
/// Follows RFC 6901 pointers and our JSON paths through a parsed document. <see cref="JsonDocument"/> finds an
/// array's item by index by walking the items before it when they are objects, so a walk given an
/// <see cref="ArrayItems"/> takes a large array's items from it (describing 100,000 problems in an array of
/// 100,000 objects took a minute without).
/// </summary>
internal static class JsonPointerWalk
{
    /// <summary>Large arrays' items by the path of the array, listed once; one per document.</summary>
    public sealed class ArrayItems
    {
        const int Listed = 64;
        readonly Dictionary<string, JsonElement[]> arrays = new(StringComparer.Ordinal);

        public JsonElement Item(string arrayPath, JsonElement array, int index)
        {
            if (array.GetArrayLength() <= Listed)
                return array[index];
            if (!arrays.TryGetValue(arrayPath, out var items))
                arrays[arrayPath] = items = [.. array.EnumerateArray()];
            return items[index];
        }
    }

    public static IEnumerable<string> Segments(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(s => Uri.UnescapeDataString(s).Replace("~1", "/").Replace("~0", "~"));

    /// <summary>"/indicators/3/unit" → "$.indicators[3].unit", using the document to tell arrays from objects.</summary>
    public static string ToPath(JsonElement root, string pointer, ArrayItems? items = null)
    {
        var path = "$";
        JsonElement? current = root;
        foreach (var segment in Segments(pointer))
        {
            if (current is { ValueKind: JsonValueKind.Array } array && int.TryParse(segment, out var index))
            {
                current = index < array.GetArrayLength() ? items?.Item(path, array, index) ?? array[index] : null;
                path = JsonPaths.Index(path, index);
            }
            else
            {
                path = JsonPaths.Property(path, segment);
                current = current is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(segment, out var child) ? child : null;
            }
        }
        return path;
    }

    /// <summary>The element at one of our paths ("$.themes[2].title"), or null.</summary>
    public static JsonElement? Find(JsonElement root, string path, ArrayItems? items = null)
    {
        JsonElement current = root;
        var at = "$";
        foreach (var step in JsonPaths.Steps(path))
        {
            if (step.Index is { } i && current.ValueKind == JsonValueKind.Array && i < current.GetArrayLength())
            {
                current = items?.Item(at, current, i) ?? current[i];
                at = JsonPaths.Index(at, i);
            }
            else if (step.Name is { } n && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(n, out var child))
            {
                current = child;
                at = JsonPaths.Property(at, n);
            }
            else
                return null;
        }
        return current;
    }
}
