using System.Text;
using System.Text.Json;

namespace Reports.Domain.Loading;

/// <summary>
/// Maps JSON paths ("$.themes[2].title") to line and column in the file. System.Text.Json's DOM keeps no
/// positions, so we walk the bytes once with Utf8JsonReader and remember where every value starts.
/// </summary>
internal sealed class SourcePositions
{
    readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    readonly List<long> _lineStarts = [0];
    readonly byte[] _utf8;
    string _lastPath = "$";
    (string Path, long Offset)? _undecodable;
    /// <summary>The innermost container open where the walk stopped.</summary>
    string _lastContainer = "$";

    SourcePositions(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n')
                _lineStarts.Add(i + 1);
    }

    /// <summary>Indexes a document that is known to parse.</summary>
    /// <param name="tolerant">Index what can be read of a document that does not parse, instead of throwing.</param>
    public static SourcePositions Index(byte[] utf8, int maxDepth, bool tolerant = false)
    {
        var positions = new SourcePositions(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            positions.Walk(ref reader);
        }
        catch (JsonException) when (tolerant)
        {
        }
        return positions;
    }

    /// <summary>
    /// Indexes only these paths and their parents, in a document known to parse: every other subtree is skipped
    /// unread, so locating a few warnings in a file of a hundred thousand indicators costs one fast pass and
    /// keeps no index of the whole file. <see cref="Of"/> answers as the full index would for these paths.
    /// </summary>
    public static SourcePositions IndexOnly(byte[] utf8, int maxDepth, IEnumerable<string> paths)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
            for (var p = path; wanted.Add(p) && p.Length > 1;)
                p = JsonPaths.Parent(p);
        var positions = new SourcePositions(utf8) { _wanted = wanted };
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        positions.Walk(ref reader);
        return positions;
    }

    /// <summary>With <see cref="IndexOnly"/>: the paths (and their parents) to index; null indexes every value.</summary>
    HashSet<string>? _wanted;

    /// <summary>The first property that repeats a name in the same object, and where it starts.</summary>
    public static (string Path, long Offset)? FindDuplicate(byte[] utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var names = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName when !names.Peek().Add(Name(ref reader)):
                        var offset = reader.TokenStartIndex;
                        var index = Index(utf8[..(int)offset], maxDepth, tolerant: true);
                        return (JsonPaths.Property(index._lastContainer, Name(ref reader)), offset);
                }
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    /// <summary>A property name, even one System.Text.Json refuses to decode (a lone surrogate escape).</summary>
    static string Name(ref Utf8JsonReader reader) => TryName(ref reader) ?? Encoding.UTF8.GetString(reader.ValueSpan);

    static string? TryName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The path and start of the first property name that cannot be decoded, if any.</summary>
    public static (string Path, long Offset)? FindUndecodableName(byte[] utf8, int maxDepth)
    {
        var positions = new SourcePositions(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            positions.Walk(ref reader);
        }
        catch (JsonException)
        {
        }
        return positions._undecodable;
    }

    /// <summary>The path of the last value the reader reached before a syntax error: where the error is.</summary>
    public static string PathAtFailure(byte[] utf8, int maxDepth)
    {
        var positions = new SourcePositions(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            positions.Walk(ref reader);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
        }
        return positions._lastPath;
    }

    /// <summary>Line and column (1-based, column in characters) of the value at a path, or of its nearest parent.</summary>
    public (int Line, int Column) Of(string path)
    {
        var p = path;
        while (!_offsets.ContainsKey(p) && p.Length > 1)
            p = JsonPaths.Parent(p);
        return At(_offsets.GetValueOrDefault(p));
    }

    /// <summary>Line and column of a byte offset.</summary>
    public (int Line, int Column) At(long byteOffset)
    {
        var index = _lineStarts.BinarySearch(byteOffset);
        var line = index >= 0 ? index : ~index - 1;
        var start = (int)_lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, (int)(byteOffset - start)) + 1;
        return (line + 1, column);
    }

    void Walk(ref Utf8JsonReader reader)
    {
        var stack = new Stack<(string Path, bool IsArray, int Index)>();
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = TryName(ref reader);
                if (property is null)
                {
                    property = Encoding.UTF8.GetString(reader.ValueSpan);
                    _undecodable ??= (JsonPaths.Property(stack.Peek().Path, property), reader.TokenStartIndex);
                }
                _lastPath = JsonPaths.Property(stack.Peek().Path, property);
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                _lastContainer = stack.Count > 0 ? stack.Peek().Path : "$";
                continue;
            }
            var path = NextPath(stack, property);
            if (_wanted is not null && !_wanted.Contains(path))
            {
                reader.Skip(); // on a container: to its end, which the next Read passes
                continue;
            }
            _offsets.TryAdd(path, reader.TokenStartIndex);
            _lastPath = path;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                _lastContainer = path;
            }
        }
    }

    static string NextPath(Stack<(string Path, bool IsArray, int Index)> stack, string? property)
    {
        if (stack.Count == 0)
            return "$";
        var top = stack.Pop();
        if (!top.IsArray)
        {
            stack.Push(top);
            return JsonPaths.Property(top.Path, property ?? "");
        }
        stack.Push(top with { Index = top.Index + 1 });
        return JsonPaths.Index(top.Path, top.Index);
    }
}
