using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reports.Hardening.Tests.Fuzzing;

/// <summary>One fuzz input: its bytes and the mutations that made it from the seed, in order.</summary>
internal sealed record FuzzCase(int Index, byte[] Bytes, IReadOnlyList<string> Steps)
{
    public string Describe() => $"case {Index}: {string.Join("; then ", Steps)}";
}

/// <summary>
/// Makes random variants of the seed dataset, deterministically: case i of seed s is always the same
/// bytes. Each case applies one to three mutations, structural (on the JSON tree: swap values between
/// keys, delete keys, duplicate array items, huge or negative numbers, strings of random Unicode, values
/// of the wrong type) or textual (on the bytes: flips, truncation, inserted bytes and tokens, deletions).
/// </summary>
internal sealed class Mutator(byte[] seed, int randomSeed)
{
    static readonly JsonSerializerOptions Layout = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static readonly string[] Tokens =
        ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "-", "0", "1e999", "-1e999", "NaN", "Infinity", "//", "/*", "'", "\\u0000", "\\ud800", "\u0000", "\t", "\n", "\uFEFF", "{}", "[]", "\"\":", ",,"];

    static readonly string[] Numbers =
        ["1.7976931348623157e308", "-1.7976931348623157e308", "1e308", "-1e308", "5e-324", "-5e-324", "1e-300", "-0", "0", "-1", "-0.5", "9007199254740993",
         "-9223372036854775809", "18446744073709551616", "1e309", "123456789012345678901234567890", "0.1e1", "2.5E+10", "-2147483648", "4294967296", "1e22", "1E400"];

    static readonly string[] Strings =
        ["", " ", "\t", "2025-02-30", "2025-13-01", "1066", "2999", "2026/2024", "0000-00-00", "=SUM(A1)", "+1", "-1", "@cmd", "../../etc/passwd", "con", "NUL",
         "a-b", "A", "USD bn", "count", "bar", "exact", "actual", "ru", "cn", "article", "overview", "documents-signed", "trade-volume-2024", "1.0", "null", "%s%n", "<script>", "]]>", "\u202Eevil"];

    /// <summary>Code point ranges random text is drawn from: every script the brief may meet, and worse.</summary>
    static readonly (int From, int To)[] Ranges =
    [
        (0x20, 0x7E), (0x20, 0x7E), (0x20, 0x7E), (0x00, 0x1F), (0x7F, 0x9F), (0xA0, 0xFF), (0x100, 0x17F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF),
        (0x590, 0x5FF), (0x600, 0x6FF), (0x900, 0x97F), (0xE00, 0xE7F), (0x1100, 0x11FF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x21FF), (0x2500, 0x25FF),
        (0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0xE000, 0xF8FF), (0xFB00, 0xFDFF), (0xFE00, 0xFE0F), (0xFFF0, 0xFFFF), (0x10000, 0x1007F),
        (0x1F300, 0x1FAFF), (0x1D400, 0x1D7FF), (0xE0000, 0xE007F), (0x10FFF0, 0x10FFFF),
    ];

    readonly string _seedText = Encoding.UTF8.GetString(seed);

    public FuzzCase Make(int index)
    {
        var random = new Random(unchecked((randomSeed * 1_000_003) + index));
        var steps = new List<string>();
        var count = 1 + random.Next(3);
        var text = _seedText;
        byte[]? bytes = null;
        for (var i = 0; i < count; i++)
        {
            if (bytes is null && random.Next(100) < 60)
            {
                // Structural edits need parseable text; once bytes are broken, only byte edits follow.
                if (Structural(text, random, steps) is { } edited)
                {
                    text = edited;
                    continue;
                }
            }
            bytes ??= Encoding.UTF8.GetBytes(text);
            bytes = Textual(bytes, random, steps);
        }
        return new FuzzCase(index, bytes ?? Encoding.UTF8.GetBytes(text), steps);
    }

    // ---- Structural mutations -------------------------------------------------------------------------

    /// <summary>A structural edit, or null when this text cannot take one (then a byte edit is made instead).</summary>
    string? Structural(string text, Random random, List<string> steps)
    {
        var before = steps.Count;
        try
        {
            return TryStructural(text, random, steps);
        }
        catch (InvalidOperationException)
        {
            // The text holds a lone surrogate escape from an earlier step: System.Text.Json cannot read it back.
            steps.RemoveRange(before, steps.Count - before);
            return null;
        }
    }

    string? TryStructural(string text, Random random, List<string> steps)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = true, MaxDepth = 256 });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
        if (root is null)
            return null;
        var nodes = new List<(JsonNode? Node, JsonNode Parent, string? Name, int Index, string Path)>();
        Collect(root, "$", nodes);
        if (nodes.Count == 0)
            return null;
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        var kind = random.Next(10);
        var target = nodes[random.Next(nodes.Count)];
        switch (kind)
        {
            case 0:
                {
                    var other = nodes[random.Next(nodes.Count)];
                    if (ReferenceEquals(other.Node, target.Node) || Contains(target.Node, other.Parent) || Contains(other.Node, target.Parent))
                        return null;
                    var (a, b) = (target.Node, other.Node);
                    Replace(target, null);
                    Replace(other, null);
                    Replace(target, b);
                    Replace(other, a);
                    steps.Add($"swap the values of {target.Path} and {other.Path}");
                    break;
                }
            case 1:
                if (target.Name is null)
                    return null;
                target.Parent.AsObject().Remove(target.Name);
                steps.Add($"delete {target.Path}");
                break;
            case 2:
                {
                    var arrays = nodes.Where(n => n.Node is JsonArray { Count: > 0 }).ToList();
                    if (arrays.Count == 0)
                        return null;
                    var array = (JsonArray)arrays[random.Next(arrays.Count)].Node!;
                    var item = random.Next(array.Count);
                    var copies = 1 + random.Next(random.Next(4) == 0 ? 30 : 2);
                    for (var c = 0; c < copies; c++)
                        array.Insert(item, array[item]?.DeepClone());
                    steps.Add($"duplicate item {item} of {arrays.First(a => ReferenceEquals(a.Node, array)).Path} {copies} time(s)");
                    break;
                }
            case 3:
                {
                    var numbers = nodes.Where(n => n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.Number).ToList();
                    if (numbers.Count == 0)
                        return null;
                    var number = numbers[random.Next(numbers.Count)];
                    var value = Numbers[random.Next(Numbers.Length)];
                    Replace(number, Placeholder(raw, value));
                    steps.Add($"set {number.Path} to {value}");
                    break;
                }
            case 4:
            case 5:
                {
                    var strings = nodes.Where(n => n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToList();
                    if (strings.Count == 0)
                        return null;
                    var s = strings[random.Next(strings.Count)];
                    var (json, shown) = RandomString(random);
                    Replace(s, Placeholder(raw, json));
                    steps.Add($"set {s.Path} to {shown}");
                    break;
                }
            case 6:
                {
                    string[] values = ["null", "[]", "{}", "\"\"", "0", "true", "\"x\"", "[null]", "{\"id\": \"x\"}", "-1"];
                    var value = values[random.Next(values.Length)];
                    Replace(target, Placeholder(raw, value));
                    steps.Add($"set {target.Path} to {value}");
                    break;
                }
            case 7:
                {
                    var arrays = nodes.Where(n => n.Node is JsonArray { Count: > 0 }).ToList();
                    if (arrays.Count == 0)
                        return null;
                    var pick = arrays[random.Next(arrays.Count)];
                    var array = (JsonArray)pick.Node!;
                    if (random.Next(2) == 0)
                    {
                        array.Clear();
                        steps.Add($"empty {pick.Path}");
                    }
                    else
                    {
                        var item = random.Next(array.Count);
                        array.RemoveAt(item);
                        steps.Add($"remove item {item} of {pick.Path}");
                    }
                    break;
                }
            case 8:
                {
                    if (target.Name is null)
                        return null;
                    var obj = target.Parent.AsObject();
                    var renamed = RandomName(random, target.Name);
                    if (obj.ContainsKey(renamed))
                        return null;
                    var value = target.Node;
                    obj.Remove(target.Name);
                    obj[renamed] = value;
                    steps.Add($"rename {target.Path} to '{renamed}'");
                    break;
                }
            default:
                {
                    // Point a reference somewhere else: replace a string with another id from the dataset.
                    var ids = nodes.Where(n => n.Name is "id" && n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String).Select(n => n.Node!.GetValue<string>()).ToList();
                    var strings = nodes.Where(n => n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String && n.Name is not "excerpt").ToList();
                    if (ids.Count == 0 || strings.Count == 0)
                        return null;
                    var s = strings[random.Next(strings.Count)];
                    var id = ids[random.Next(ids.Count)];
                    Replace(s, id);
                    steps.Add($"set {s.Path} to the id \"{id}\"");
                    break;
                }
        }
        var written = root.ToJsonString(Layout);
        foreach (var (token, value) in raw)
            written = written.Replace(token, value, StringComparison.Ordinal);
        return written + "\n";
    }

    static void Collect(JsonNode node, string path, List<(JsonNode?, JsonNode, string?, int, string)> nodes)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    var childPath = $"{path}.{name}";
                    nodes.Add((child, obj, name, 0, childPath));
                    if (child is not null)
                        Collect(child, childPath, nodes);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    nodes.Add((array[i], array, null, i, childPath));
                    if (array[i] is { } child)
                        Collect(child, childPath, nodes);
                }
                break;
        }
    }

    static bool Contains(JsonNode? ancestor, JsonNode node)
    {
        for (JsonNode? n = node; n is not null; n = n.Parent)
            if (ReferenceEquals(n, ancestor))
                return true;
        return false;
    }

    static void Replace((JsonNode? Node, JsonNode Parent, string? Name, int Index, string Path) at, JsonNode? value)
    {
        if (at.Name is not null)
            at.Parent.AsObject()[at.Name] = value;
        else
            at.Parent.AsArray()[at.Index] = value;
    }

    static JsonNode Placeholder(Dictionary<string, string> raw, string rawJson)
    {
        var token = $"@@fuzz{raw.Count}@@";
        raw[$"\"{token}\""] = rawJson;
        return JsonValue.Create(token);
    }

    /// <summary>A JSON string literal of random content, and a short description of it.</summary>
    static (string Json, string Shown) RandomString(Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                {
                    var pick = Strings[random.Next(Strings.Length)];
                    return (JsonSerializer.Serialize(pick, Layout), JsonSerializer.Serialize(pick));
                }
            case 1:
                {
                    // A lone surrogate escape: grammatical JSON that is not Unicode text.
                    var surrogate = random.Next(2) == 0 ? random.Next(0xD800, 0xDC00) : random.Next(0xDC00, 0xE000);
                    var json = $"\"Moscow \\u{surrogate:x4} talks\"";
                    return (json, json);
                }
            case 2:
                {
                    var length = random.Next(4) == 0 ? random.Next(300, 25_000) : random.Next(1, 60);
                    var text = new StringBuilder();
                    var range = Ranges[random.Next(Ranges.Length)];
                    while (text.Length < length)
                    {
                        if (random.Next(8) == 0)
                            range = Ranges[random.Next(Ranges.Length)];
                        var cp = random.Next(range.From, range.To + 1);
                        if (cp is >= 0xD800 and <= 0xDFFF)
                            continue;
                        text.Append(char.ConvertFromUtf32(cp));
                        if (random.Next(6) == 0)
                            text.Append(' ');
                    }
                    var value = text.ToString();
                    var shown = value.Length > 40 ? $"{value.Length} random characters starting {JsonSerializer.Serialize(value[..20])}" : JsonSerializer.Serialize(value);
                    return (JsonSerializer.Serialize(value, Layout), shown);
                }
            default:
                {
                    // Text of one script: more likely to pass validation and reach the writers.
                    string[] samples = ["Москва и Пекин", "北京会谈", "موسكو وبكين", "מוסקבה ובייג'ינג", "Zoë Ångström", "e\u0301\u0301\u0301", "🌍 talks", "A\u200Db", "Trade\u0001volume", "  padded  ", "x", new string('W', 400), string.Concat(Enumerable.Repeat("word ", 4000))];
                    var value = samples[random.Next(samples.Length)];
                    var shown = value.Length > 40 ? $"{value.Length} characters of {JsonSerializer.Serialize(value[..10])}…" : JsonSerializer.Serialize(value);
                    return (JsonSerializer.Serialize(value, Layout), shown);
                }
        }
    }

    static string RandomName(Random random, string name) => random.Next(4) switch
    {
        0 => name.ToUpperInvariant(),
        1 => name + "s",
        2 => name.Length > 1 ? name[1..] : "_",
        _ => "x-" + name,
    };

    // ---- Byte mutations -------------------------------------------------------------------------------

    static byte[] Textual(byte[] bytes, Random random, List<string> steps)
    {
        if (bytes.Length == 0)
        {
            steps.Add("insert '{'");
            return "{"u8.ToArray();
        }
        var at = random.Next(bytes.Length);
        switch (random.Next(6))
        {
            case 0:
                {
                    var flips = 1 + random.Next(4);
                    var copy = (byte[])bytes.Clone();
                    var where = new List<int>();
                    for (var i = 0; i < flips; i++)
                    {
                        var p = random.Next(copy.Length);
                        copy[p] ^= (byte)(1 << random.Next(8));
                        where.Add(p);
                    }
                    steps.Add($"flip a bit at byte(s) {string.Join(", ", where)}");
                    return copy;
                }
            case 1:
                steps.Add($"truncate to {at} bytes");
                return bytes[..at];
            case 2:
                {
                    var inserted = new byte[1 + random.Next(8)];
                    random.NextBytes(inserted);
                    steps.Add($"insert bytes {Convert.ToHexString(inserted)} at {at}");
                    return [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];
                }
            case 3:
            case 4:
                {
                    var token = Tokens[random.Next(Tokens.Length)];
                    steps.Add($"insert {JsonSerializer.Serialize(token)} at byte {at}");
                    return [.. bytes.AsSpan(0, at), .. Encoding.UTF8.GetBytes(token), .. bytes.AsSpan(at)];
                }
            default:
                {
                    var length = 1 + random.Next(Math.Min(200, bytes.Length - at));
                    steps.Add($"delete {length} byte(s) at {at}");
                    return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + length)];
                }
        }
    }
}
