using System.Text.Json;

namespace Reports.Domain.Loading;

/// <summary>Follows RFC 6901 pointers and our JSON paths through a parsed document.</summary>
internal static class JsonPointerWalk
{
    public static IEnumerable<string> Segments(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(s => Uri.UnescapeDataString(s).Replace("~1", "/").Replace("~0", "~"));

    /// <summary>"/indicators/3/unit" → "$.indicators[3].unit", using the document to tell arrays from objects.</summary>
    public static string ToPath(JsonElement root, string pointer)
    {
        var path = "$";
        JsonElement? current = root;
        foreach (var segment in Segments(pointer))
        {
            if (current is { ValueKind: JsonValueKind.Array } array && int.TryParse(segment, out var index))
            {
                path = JsonPaths.Index(path, index);
                current = index < array.GetArrayLength() ? array[index] : null;
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
    public static JsonElement? Find(JsonElement root, string path)
    {
        JsonElement current = root;
        foreach (var step in JsonPaths.Steps(path))
        {
            if (step.Index is { } i && current.ValueKind == JsonValueKind.Array && i < current.GetArrayLength())
                current = current[i];
            else if (step.Name is { } n && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(n, out var child))
                current = child;
            else
                return null;
        }
        return current;
    }
}
