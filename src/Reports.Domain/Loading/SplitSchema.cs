using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Reports.Domain.Loading;

/// <summary>
/// The pass/fail evaluation of a large dataset in parts that give the verdict of the whole schema: the document
/// against the schema without the items of its large arrays, and those items in chunks on every core
/// (<see cref="SplitItems"/>). Valid exactly when the whole schema holds, since an array's items keyword only
/// asks each item to be valid against its subschema.
/// </summary>
internal sealed class SplitSchema(JsonSchema rest, IReadOnlyList<SplitItems> arrays)
{
    /// <summary>Items per chunk: enough to keep a core busy for a while, few enough to share a large array out.</summary>
    const int ChunkItems = 2048;

    static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    /// <summary>Splits a schema rewritten by <see cref="FlagSchema"/>: every root property that is an array of objects.</summary>
    public static SplitSchema Of(JsonObject schema)
    {
        var rest = (JsonObject)schema.DeepClone();
        var arrays = new List<SplitItems>();
        foreach (var (name, property) in rest["properties"] as JsonObject ?? [])
        {
            if (property is JsonObject array && array["items"] is JsonObject { } items && items["properties"] is JsonObject)
            {
                arrays.Add(Items(name, items));
                array.Remove("items");
            }
        }
        return new SplitSchema(Build(rest), arrays);
    }

    static SplitItems Items(string name, JsonObject items)
    {
        var shape = (JsonObject)items.DeepClone();
        var properties = (JsonObject)shape["properties"]!;
        var subschemas = properties.ToDictionary(p => p.Key, p => Build(p.Value!.DeepClone()), StringComparer.Ordinal);
        var closed = shape["additionalProperties"] is JsonValue no && no.GetValueKind() == JsonValueKind.False && shape["patternProperties"] is null;
        if (closed)
        {
            // "No other names": SplitItems meets every name as it checks the values, so it says no to a stranger.
            shape.Remove("properties");
            shape.Remove("additionalProperties");
        }
        else
        {
            foreach (var key in properties.Select(p => p.Key).ToList())
                properties[key] = true; // the names stay for additionalProperties; the values are checked apart
        }
        return new SplitItems(name, Build(shape), subschemas, closed);
    }

    /// <summary>A schema of its own (own registry: the pieces share the dataset schema's $id), resolved before any
    /// thread evaluates it.</summary>
    static JsonSchema Build(JsonNode node)
    {
        var schema = JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var nothing = JsonDocument.Parse("null");
        schema.Evaluate(nothing.RootElement, Flag);
        return schema;
    }

    /// <summary>Whether the document is valid against the schema; with <paramref name="parallel"/>, on every core.</summary>
    public bool IsValid(JsonElement root, bool parallel)
    {
        var work = new List<Func<bool>> { () => rest.Evaluate(root, Flag).IsValid };
        foreach (var array in arrays)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(array.Name, out var value) || value.ValueKind != JsonValueKind.Array)
                continue;
            var items = value.EnumerateArray().ToArray();
            for (var from = 0; from < items.Length; from += ChunkItems)
            {
                var chunk = new ArraySegment<JsonElement>(items, from, Math.Min(ChunkItems, items.Length - from));
                work.Add(() => array.AllValid(chunk, Flag));
            }
        }
        if (!parallel)
            return work.All(w => w());
        var valid = true;
        Parallel.ForEach(work, (w, loop) =>
        {
            if (!w())
            {
                valid = false;
                loop.Stop();
            }
        });
        return valid;
    }
}
