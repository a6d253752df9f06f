using System.Text.RegularExpressions;

namespace Reports.Domain.Loading;

/// <summary>
/// Turns System.Text.Json's parser messages into a problem and a fix a person can act on, without the
/// position suffix (we print our own line:column).
/// </summary>
internal static partial class JsonSyntaxMessages
{
    /// <param name="atEnd">The error lies at the end of the data (nothing but whitespace follows).</param>
    /// <param name="at">The character where the parser stopped.</param>
    public static (string Problem, string? Expected) Describe(string message, bool atEnd, char at)
    {
        var text = PositionSuffix().Replace(message, "").Trim();
        return text switch
        {
            _ when at == '/' => ("Comments are not allowed in JSON.", "no // or /* */ comments"),
            _ when atEnd => ("The JSON ends too early: the file looks truncated.", "every '{' and '[' closed and every string terminated"),
            _ when text.Contains("trailing comma", StringComparison.OrdinalIgnoreCase) || text.Contains("comma", StringComparison.OrdinalIgnoreCase) && text.Contains("not allowed", StringComparison.OrdinalIgnoreCase)
                => ("A trailing comma before a closing bracket or brace.", "no comma after the last item"),
            _ when text.Contains("after a single JSON value", StringComparison.OrdinalIgnoreCase) => ("Something follows the end of the JSON document.", "one JSON object and nothing after its closing '}'"),
            _ when text.Contains("end of data", StringComparison.OrdinalIgnoreCase) || text.Contains("incomplete", StringComparison.OrdinalIgnoreCase)
                => ("The JSON ends too early: the file looks truncated.", "every '{' and '[' closed and every string terminated"),
            _ when text.Contains("control character", StringComparison.OrdinalIgnoreCase) || text.Contains("invalid within a JSON string", StringComparison.OrdinalIgnoreCase)
                => ($"A raw control character inside a string ({text}).", "control characters escaped, e.g. \\n or \\t"),
            _ when text.Contains("escap", StringComparison.OrdinalIgnoreCase)
                => ($"An invalid escape sequence in a string ({text}).", "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX"),
            _ when text.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                => ($"The JSON is nested more than {JsonSource.MaxDepth} levels deep.", "the dataset's flat structure (see input/summit.schema.json)"),
            _ when text.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
                => ($"A property appears twice in the same object ({text}).", "each property once per object"),
            _ => ($"Malformed JSON: {text}", "valid JSON (RFC 8259)"),
        };
    }

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex PositionSuffix();
}
