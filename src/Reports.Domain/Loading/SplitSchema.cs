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
internal sealed class SplitSchema(JsonSchema rest, IReadOnlyList<SplitItems> arrays, bool narrowable)
{
    /// <summary>The keywords an array may have beside its items for <see cref="Narrow"/> to keep its verdict.</summary>
    static readonly HashSet<string> NarrowableKeywords = new(StringComparer.Ordinal) { "type", "minItems", "description", "title", "$comment" };

    /// <summary>Items per chunk: enough to keep a core busy for a while, few enough to share a large array out.</summary>
    const int ChunkItems = 2048;

    static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    /// <summary>Splits a schema rewritten by <see cref="FlagSchema"/>: every root property that is an array of objects.</summary>
    public static SplitSchema Of(JsonObject schema)
    {
        var rest = (JsonObject)schema.DeepClone();
        var arrays = new List<SplitItems>();
        var narrowable = true;
        foreach (var (name, property) in rest["properties"] as JsonObject ?? [])
        {
            if (property is JsonObject array && array["items"] is JsonObject { } items && items["properties"] is JsonObject)
            {
                arrays.Add(Items(name, items));
                array.Remove("items");
                narrowable &= array.All(k => NarrowableKeywords.Contains(k.Key))
                    && (array["minItems"] is null || (array["minItems"] is JsonValue min && min.TryGetValue<int>(out var least) && least <= 1));
            }
        }
        return new SplitSchema(Build(rest), arrays, narrowable);
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

    /// <summary>Invalid items described per document at the most (a detailed evaluation's results of 100,000 items took 2 GB).</summary>
    const int PieceItems = 4096;

    /// <summary>
    /// The document with each split array cut down to its invalid items, in pieces of at most
    /// <see cref="PieceItems"/> of them, for the detailed evaluation of an invalid dataset (on the whole of 100,000
    /// indicators it took 17 s and 1.8 GB). The schema as written finds on the pieces the problems it finds on the
    /// whole document: an item's verdict depends on the item alone, the root keeps its names, and an array keeps
    /// an item in every piece while it had one (its first, when none of its invalid ones is in that piece), so its
    /// own keywords (type, minItems of at most 1) judge it as before. Null when an array has keywords of its own
    /// that a cut could change (maxItems, uniqueItems, contains…), or the root is not an object.
    /// </summary>
    public IReadOnlyList<NarrowedDocument>? Narrow(JsonElement root)
    {
        if (!narrowable || root.ValueKind != JsonValueKind.Object)
            return null;
        var cut = new List<(string Name, JsonElement[] Items, List<int>[] Invalid)>();
        var work = new List<Action>();
        foreach (var array in arrays)
        {
            if (!root.TryGetProperty(array.Name, out var value) || value.ValueKind != JsonValueKind.Array)
                continue;
            var items = value.EnumerateArray().ToArray();
            var invalid = new List<int>[(items.Length + ChunkItems - 1) / ChunkItems];
            for (var c = 0; c < invalid.Length; c++)
            {
                var (chunk, slot) = (new ArraySegment<JsonElement>(items, c * ChunkItems, Math.Min(ChunkItems, items.Length - (c * ChunkItems))), c);
                work.Add(() => invalid[slot] = array.Invalid(chunk, Flag));
            }
            cut.Add((array.Name, items, invalid));
        }
        Parallel.ForEach(work, w => w());
        var bad = cut.Select(c => (c.Name, c.Items, Indexes: c.Invalid.SelectMany(i => i).ToArray())).ToList();
        var pieces = Math.Max(1, bad.Select(b => (b.Indexes.Length + PieceItems - 1) / PieceItems).DefaultIfEmpty(0).Max()); // one even with no array to cut
        return [.. Enumerable.Range(0, pieces).Select(p => NarrowedDocument.Cut(root, bad.ToDictionary(
            b => b.Name,
            b => (b.Items, b.Indexes.Skip(p * PieceItems).Take(PieceItems).DefaultIfEmpty(0).Take(b.Items.Length).ToArray()),
            StringComparer.Ordinal)))];
    }
}
