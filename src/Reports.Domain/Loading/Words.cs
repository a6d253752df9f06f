using System.Text.Json;

namespace Reports.Domain.Loading;

/// <summary>Small phrases for error messages: types, lists of allowed values, descriptions of formats.</summary>
internal static class Words
{
    public static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Type(JsonElement? type) => type?.ValueKind == JsonValueKind.String
        ? type.Value.GetString() switch
        {
            "object" => "an object",
            "array" => "an array",
            "string" => "a string",
            "number" => "a number",
            "integer" => "a whole number",
            "boolean" => "true or false",
            var other => other ?? "another type",
        }
        : "another type";

    public static string List(JsonElement? values) => values?.ValueKind == JsonValueKind.Array
        ? string.Join(", ", values.Value.EnumerateArray().Select(v => v.GetRawText()))
        : "the values the schema lists";

    /// <summary>What a pattern or format asks for, from the schema's own description where it gives one.</summary>
    public static string Form(JsonElement? keywordOwner)
    {
        if (keywordOwner is not { ValueKind: JsonValueKind.Object } owner)
            return "the form the schema describes";
        if (owner.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String)
            return d.GetString()!;
        if (owner.TryGetProperty("pattern", out var p) && p.GetString() == "\\S")
            return "non-blank text";
        if (owner.TryGetProperty("format", out var f) && f.GetString() == "uri")
            return "an absolute http:// or https:// URL";
        return owner.TryGetProperty("pattern", out var pattern) ? $"text matching {pattern.GetString()}" : "the form the schema describes";
    }

    public static string Shorten(string raw) => raw.Length <= 60 ? raw : raw[..57] + "…";
}
