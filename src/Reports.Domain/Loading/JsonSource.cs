using System.Text;
using System.Text.Json;

namespace Reports.Domain.Loading;

/// <summary>A dataset file read and parsed: its bytes, its DOM and where each value sits in it.</summary>
internal sealed record JsonSource(string File, byte[] Utf8, JsonDocument Document)
{
    readonly Lazy<SourcePositions> _positions = new(() => SourcePositions.Index(Utf8, MaxDepth));

    /// <summary>Where each value sits; indexed only when an error needs locating (valid files never pay).</summary>
    public SourcePositions Positions => _positions.Value;

    /// <summary>
    /// Where these values sit: the whole index when it is built already, otherwise one pass that indexes only
    /// them (a valid file with a few warnings never pays for, nor keeps, an index of every value).
    /// </summary>
    public SourcePositions PositionsOf(IEnumerable<string> paths) =>
        _positions.IsValueCreated ? _positions.Value : SourcePositions.IndexOnly(Utf8, MaxDepth, paths);

    /// <summary>Deeper nesting than any real dataset needs; 10,000 levels must fail politely, not overflow.</summary>
    public const int MaxDepth = 64;

    static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>Parses bytes as strict JSON (RFC 8259), reporting the first syntax error with its position.</summary>
    public static (JsonSource? Source, DatasetError? Error) Parse(string file, byte[] utf8)
    {
        if (utf8.Length == 0 || utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            return (null, new DatasetError(file, 0, 0, "$", "The file is empty.", "a JSON object describing one summit"));
        if (utf8.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return (null, new DatasetError(file, 1, 1, "$", "The file starts with a UTF-8 byte order mark.",
                "UTF-8 without a byte order mark (re-save the file as plain UTF-8)"));
        if (FirstInvalidUtf8(utf8) is { } bad)
            return (null, WithPosition(file, utf8, bad, $"Invalid UTF-8 byte 0x{utf8[bad]:X2}.", "text encoded as UTF-8"));
        try
        {
            var document = JsonDocument.Parse(utf8, DocumentOptions);
            return (new JsonSource(file, utf8, document), null);
        }
        catch (JsonException e)
        {
            return (null, SyntaxError(file, utf8, e));
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json rejects a property name holding a lone surrogate escape ("\ud800") this way.
            var name = SourcePositions.FindUndecodableName(utf8, MaxDepth);
            var positions = SourcePositions.Index(utf8, MaxDepth, tolerant: true);
            var (line, column) = name is { } n ? positions.At(n.Offset) : (1, 1);
            return (null, UnpairedSurrogate(file, name?.Path ?? "$", line, column));
        }
    }

    /// <summary>Every string and property name that holds a lone UTF-16 surrogate escape, which no text can hold.</summary>
    public IReadOnlyList<DatasetError> InvalidStrings()
    {
        var found = new List<DatasetError>();
        if (!HasSurrogateEscape(Utf8))
            return found; // the common case: one pass over the bytes, no strings decoded
        Visit(Document.RootElement, "$");
        return found;

        void Visit(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in element.EnumerateObject())
                        Visit(p.Value, JsonPaths.Property(path, p.Name));
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                        Visit(item, JsonPaths.Index(path, i++));
                    break;
                case JsonValueKind.String when !IsText(element):
                    var (line, column) = Positions.Of(path);
                    found.Add(UnpairedSurrogate(File, path, line, column));
                    break;
            }
        }
    }

    /// <summary>Whether the text holds any "\\uD800"–"\\uDFFF" escape at all (paired or not).</summary>
    static bool HasSurrogateEscape(byte[] utf8)
    {
        var span = utf8.AsSpan();
        for (var i = span.IndexOf("\\u"u8); i >= 0 && i + 3 < span.Length; i = span.IndexOf("\\u"u8))
        {
            if (span[i + 2] is (byte)'d' or (byte)'D' && span[i + 3] is >= (byte)'8' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F')
                return true;
            span = span[(i + 2)..];
        }
        return false;
    }

    static bool IsText(JsonElement element)
    {
        try
        {
            element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    static DatasetError UnpairedSurrogate(string file, string path, int line, int column) =>
        new DatasetError(file, line, column, path, "The text holds an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF alone).",
            "a complete surrogate pair such as \\ud83c\\udf0d, or the character itself");

    static DatasetError SyntaxError(string file, byte[] utf8, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0);
        var bytePos = (int)(e.BytePositionInLine ?? 0);
        var lineStart = LineStart(utf8, line);
        var column = Encoding.UTF8.GetCharCount(utf8, lineStart, Math.Min(bytePos, utf8.Length - lineStart)) + 1;
        var offset = lineStart + bytePos;
        var atEnd = utf8.AsSpan(Math.Min(offset, utf8.Length)).Trim(" \t\r\n"u8).IsEmpty;
        var message = JsonSyntaxMessages.Describe(e.Message, atEnd, offset < utf8.Length ? (char)utf8[offset] : '\0');
        if (e.LineNumber is null && SourcePositions.FindDuplicate(utf8, MaxDepth) is { } duplicate)
        {
            // A duplicate property is reported without a position; find it ourselves.
            var positions = SourcePositions.Index(utf8, MaxDepth, tolerant: true);
            var (dLine, dColumn) = positions.At(duplicate.Offset);
            return new DatasetError(file, dLine, dColumn, duplicate.Path, $"The property \"{JsonPaths.LastName(duplicate.Path)}\" appears twice in the same object.", "each property once per object");
        }
        return new DatasetError(file, line + 1, column, SourcePositions.PathAtFailure(utf8, MaxDepth), message.Problem, message.Expected);
    }

    static DatasetError WithPosition(string file, byte[] utf8, int offset, string problem, string expected)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (utf8[i] == (byte)'\n')
                (line, lineStart) = (line + 1, i + 1);
        var column = Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart) + 1;
        return new DatasetError(file, line + 1, column, "$", problem, expected);
    }

    static int LineStart(byte[] utf8, int zeroBasedLine)
    {
        var start = 0;
        for (var i = 0; i < utf8.Length && zeroBasedLine > 0; i++)
            if (utf8[i] == (byte)'\n')
                (start, zeroBasedLine) = (i + 1, zeroBasedLine - 1);
        return start;
    }

    static int? FirstInvalidUtf8(byte[] utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
            return null;
        var chars = new char[utf8.Length];
        System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
    }
}
