using System.Text.Json.Nodes;

namespace Reports.Domain.Loading;

/// <summary>
/// The dataset schema rewritten for the pass/fail evaluation only: the same valid documents, fewer nodes to
/// walk. Local references are inlined (a reference is a node and a keyword per value), annotations that
/// decide nothing are dropped, and a minLength of 1 beside the pattern "\S" goes (a string holding a
/// non-space character is not empty). Problems are never described from it: the detailed pass reads the
/// schema as written, so every message stays as it was.
/// </summary>
internal static class FlagSchema
{
    static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "title", "description", "$comment", "examples", "default", "deprecated", "readOnly", "writeOnly",
    };

    /// <summary>Keywords whose value is one subschema.</summary>
    static readonly HashSet<string> OneSchema = new(StringComparer.Ordinal)
    {
        "items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
    };

    /// <summary>Keywords whose value is a list of subschemas.</summary>
    static readonly HashSet<string> SchemaList = new(StringComparer.Ordinal) { "anyOf", "allOf", "oneOf", "prefixItems" };

    /// <summary>Keywords whose value maps names to subschemas.</summary>
    static readonly HashSet<string> SchemaMap = new(StringComparer.Ordinal) { "properties", "patternProperties", "dependentSchemas" };

    /// <summary>Keywords that make a rewrite unsafe (they look at other subschemas' results or the dynamic scope).</summary>
    static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$anchor", "unevaluatedProperties", "unevaluatedItems",
    };

    /// <summary>The rewritten schema; its $defs are inlined and gone.</summary>
    public static JsonObject Rewrite(JsonObject schema)
    {
        var defs = schema["$defs"] as JsonObject ?? [];
        var rewritten = (JsonObject)Node(schema, defs, [], root: true)!;
        rewritten.Remove("$defs");
        return rewritten;
    }

    static JsonNode? Node(JsonNode? node, JsonObject defs, HashSet<string> inlining, bool root = false)
    {
        if (node is not JsonObject schema)
            return node?.DeepClone(); // true, false
        var result = new JsonObject();
        foreach (var (keyword, value) in schema)
        {
            if (Unsupported.Contains(keyword) || keyword == "$id" && !root)
                throw new InvalidOperationException($"The dataset schema uses \"{keyword}\" where the pass/fail rewrite cannot keep its meaning; extend FlagSchema.");
            if (Annotations.Contains(keyword) || keyword == "$defs")
                continue;
            result[keyword] = keyword switch
            {
                _ when OneSchema.Contains(keyword) => Node(value, defs, inlining),
                _ when SchemaList.Contains(keyword) => new JsonArray([.. value!.AsArray().Select(s => Node(s, defs, inlining))]),
                _ when SchemaMap.Contains(keyword) => new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, Node(p.Value, defs, inlining)))),
                _ => value?.DeepClone(),
            };
        }
        if (result["pattern"]?.GetValue<string>() == "\\S" && result["minLength"]?.GetValue<int>() == 1)
            result.Remove("minLength");
        return result["$ref"] is { } reference ? Inlined(result, reference.GetValue<string>(), defs, inlining) : result;
    }

    /// <summary>A "#/$defs/name" reference replaced by what it names; keywords beside it stay beside it.</summary>
    static JsonNode? Inlined(JsonObject node, string reference, JsonObject defs, HashSet<string> inlining)
    {
        const string prefix = "#/$defs/";
        var name = reference.StartsWith(prefix, StringComparison.Ordinal) ? reference[prefix.Length..] : null;
        if (name is null || !defs.ContainsKey(name) || !inlining.Add(name))
            throw new InvalidOperationException($"The dataset schema's reference \"{reference}\" is not a non-recursive \"{prefix}…\"; extend FlagSchema.");
        var target = Node(defs[name], defs, inlining);
        inlining.Remove(name);
        node.Remove("$ref");
        return node.Count == 0 ? target : new JsonObject(node.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())).Append(KeyValuePair.Create("allOf", (JsonNode?)new JsonArray(target))));
    }
}
