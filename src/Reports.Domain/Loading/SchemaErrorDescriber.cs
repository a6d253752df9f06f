using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Reports.Domain.Loading;

/// <summary>
/// Rewrites JsonSchema.Net's keyword errors as "what is wrong / what would be right", reading the schema
/// itself for the right answer (allowed values, allowed properties, descriptions of patterns).
/// </summary>
internal sealed partial class SchemaErrorDescriber(JsonElement schema, JsonElement instance)
{
    public sealed record Described(string Path, string Problem, string? Expected);

    readonly JsonPointerWalk.ArrayItems items = new();

    public Described? Describe(EvaluationResults detail, string keyword, string message)
    {
        var evaluationPath = detail.EvaluationPath.ToString();
        if (evaluationPath.Contains("/oneOf/", StringComparison.Ordinal))
            return null; // branches of a union fail by design; the oneOf keyword reports the union once
        var path = PathOf(detail.InstanceLocation.ToString());
        var pointer = Uri.UnescapeDataString(detail.SchemaLocation.Fragment.TrimStart('#'));
        if (pointer.LastIndexOf("/anyOf/", StringComparison.Ordinal) is var anyOf and >= 0)
        {
            // Every branch of a union fails; one message, from the union's own description, says what would do.
            return new(path, $"{Shown(path)} is not an allowed value.", Words.Form(SchemaNodes(pointer[..anyOf])[^1]));
        }
        var nodes = SchemaNodes(pointer);
        var subschema = nodes[^1];
        return keyword switch
        {
            "required" => Required(path, message),
            _ when evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal) => Unknown(path, nodes.Count > 1 ? nodes[^2] : null),
            "additionalProperties" => null, // reported per property by the false subschema
            "type" => new(path, $"Wrong type: found {Kind(path)}.", Words.Type(subschema?.GetProperty("type"))),
            "enum" => new(path, $"{Shown(path)} is not an allowed value.", "one of " + Words.List(subschema?.GetProperty("enum"))),
            "const" => new(path, $"{Shown(path)} is not supported.", subschema?.GetProperty("const").GetRawText()),
            "pattern" or "format" => new(path, $"{Shown(path)} is not in the right form.", Words.Form(subschema)),
            "minLength" => new(path, "The text is empty.", "non-blank text"),
            "maxLength" => new(path, "The text is too long.", $"at most {subschema?.GetProperty("maxLength")} characters"),
            "maximum" => new(path, $"{Shown(path)} is larger than any figure a report can show.", $"at most {subschema?.GetProperty("maximum").GetRawText()}"),
            "minimum" => new(path, $"{Shown(path)} is smaller than any figure a report can show.", $"at least {subschema?.GetProperty("minimum").GetRawText()}"),
            "minItems" => new(path, "Too few items.", $"at least {subschema?.GetProperty("minItems")} item(s)"),
            "maxItems" => new(path, "Too many items.", $"at most {subschema?.GetProperty("maxItems")} items"),
            "oneOf" => new(path, $"{Shown(path)} is neither an id nor null.", "an indicator id in kebab case, or null for no value"),
            _ => new(path, message, null),
        };
    }

    Described Required(string path, string message)
    {
        var names = QuotedNames().Matches(message).Select(m => m.Groups[1].Value).ToList();
        var list = string.Join(", ", names.Select(n => $"\"{n}\""));
        return new(path, $"Missing required propert{(names.Count == 1 ? "y" : "ies")} {list}.", $"{list} present in this object");
    }

    Described Unknown(string path, JsonElement? owner)
    {
        var allowed = owner?.TryGetProperty("properties", out var props) == true
            ? string.Join(", ", props.EnumerateObject().Select(p => p.Name))
            : "none";
        return new(path, $"Unknown property \"{JsonPaths.LastName(path)}\".", $"one of the known properties: {allowed}");
    }

    string Kind(string path) => Find(path) is { } e ? Words.Kind(e.ValueKind) : "nothing";

    string Shown(string path) => Find(path) is { } e ? Words.Shorten(e.GetRawText()) : "The value";

    JsonElement? Find(string path) => JsonPointerWalk.Find(instance, path, items);

    /// <summary>
    /// The schema nodes along a schema location. JsonSchema.Net 8 repeats the parent's property name after
    /// "items" and "additionalProperties" in locations ("…/items/series/…"), so segments that name nothing
    /// are skipped rather than trusted.
    /// </summary>
    List<JsonElement?> SchemaNodes(string pointer)
    {
        var nodes = new List<JsonElement?> { schema };
        var current = schema;
        foreach (var segment in JsonPointerWalk.Segments(pointer))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
                current = child;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var i) && i < current.GetArrayLength())
                current = current[i];
            else
                continue;
            nodes.Add(current);
        }
        return nodes;
    }

    string PathOf(string pointer) => JsonPointerWalk.ToPath(instance, pointer, items);

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedNames();
}
