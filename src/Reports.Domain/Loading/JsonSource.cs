using System.Text;
using System.Text.Json;

namespace Reports.Domain.Loading;

/// <summary>A dataset file read and parsed: its bytes, its DOM and where each value sits in it.</summary>
internal sealed record JsonSource(string File, byte[] Utf8, JsonDocument Document)
{
    readonly Lazy<SourcePositions> _positions = new(() => SourcePositions.Index(Utf8, MaxDepth));

    /// <summary>Where each value sits; indexed only when an error needs locating (valid files never pay).</summary>
    public SourcePositions Positions => _positions.Value;

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
    }

    static DatasetError SyntaxError(string file, byte[] utf8, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0);
        var bytePos = (int)(e.BytePositionInLine ?? 0);
        var lineStart = LineStart(utf8, line);
        var column = Encoding.UTF8.GetCharCount(utf8, lineStart, Math.Min(bytePos, utf8.Length - lineStart)) + 1;
        var offset = lineStart + bytePos;
        var atEnd = utf8.AsSpan(Math.Min(offset, utf8.Length)).Trim(" \t\r\n"u8).IsEmpty;
        var message = JsonSyntaxMessages.Describe(e.Message, atEnd, offset < utf8.Length ? (char)utf8[offset] : '\0');
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
