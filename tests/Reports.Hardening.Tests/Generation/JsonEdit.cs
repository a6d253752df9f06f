using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reports.Hardening.Tests.Generation;

/// <summary>
/// Structural edits of a JSON document by simple paths ("event.parties[0].id", "" for the root), written
/// back with the seed's own layout (two-space indent, non-ASCII kept as is) so a mutated file differs from
/// the seed only where it was edited. <see cref="SetRaw"/> puts text that is not a JSON value the
/// serializer would write (NaN, 1e309, a lone surrogate escape) at a path.
/// </summary>
internal sealed class JsonEdit
{
    static readonly JsonSerializerOptions Layout = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    readonly JsonObject _root;
    readonly Dictionary<string, string> _raw = new(StringComparer.Ordinal);

    public JsonEdit(string json) => _root = JsonNode.Parse(json)!.AsObject();

    /// <summary>The seed written back unchanged: proves the layout round-trips.</summary>
    public static string Normalise(string json) => new JsonEdit(json).Text();

    public JsonNode? Get(string path) => Navigate(path) is { } step
        ? step.Name is not null ? step.Parent.AsObject()[step.Name] : step.Parent.AsArray()[step.Index]
        : _root;

    /// <summary>A deep copy of the value at a path, for duplicating items.</summary>
    public JsonNode? Copy(string path) => Get(path)?.DeepClone();

    public JsonEdit Set(string path, JsonNode? value)
    {
        var (parent, name, index) = Navigate(path) ?? throw new ArgumentException("Cannot replace the root; build a new document instead.");
        if (name is not null)
            parent.AsObject()[name] = value;
        else
            parent.AsArray()[index] = value;
        return this;
    }

    public JsonEdit Set(string path, string text) => Set(path, JsonValue.Create(text));

    public JsonEdit Set(string path, double number) => Set(path, JsonValue.Create(number));

    /// <summary>Puts raw text (which need not be valid JSON) where the value at <paramref name="path"/> is.</summary>
    public JsonEdit SetRaw(string path, string rawText)
    {
        var token = $"@@raw{_raw.Count}@@";
        _raw[$"\"{token}\""] = rawText;
        return Set(path, token);
    }

    public JsonEdit Remove(string path)
    {
        var (parent, name, index) = Navigate(path) ?? throw new ArgumentException("Cannot remove the root.");
        if (name is not null)
        {
            if (!parent.AsObject().Remove(name))
                throw new ArgumentException($"No property at {path}.");
        }
        else
        {
            parent.AsArray().RemoveAt(index);
        }
        return this;
    }

    /// <summary>Appends an item to the array at <paramref name="arrayPath"/>.</summary>
    public JsonEdit Append(string arrayPath, JsonNode? item)
    {
        (Get(arrayPath) as JsonArray ?? throw new ArgumentException($"{arrayPath} is not an array.")).Add(item);
        return this;
    }

    /// <summary>Adds (or replaces) a property of the object at <paramref name="objectPath"/>.</summary>
    public JsonEdit Put(string objectPath, string name, JsonNode? value)
    {
        (Get(objectPath) as JsonObject ?? throw new ArgumentException($"{objectPath} is not an object."))[name] = value;
        return this;
    }

    /// <summary>Keeps only the first <paramref name="count"/> items of an array.</summary>
    public JsonEdit Keep(string arrayPath, int count)
    {
        var array = Get(arrayPath) as JsonArray ?? throw new ArgumentException($"{arrayPath} is not an array.");
        while (array.Count > count)
            array.RemoveAt(array.Count - 1);
        return this;
    }

    public string Text()
    {
        var text = _root.ToJsonString(Layout);
        foreach (var (token, raw) in _raw)
        {
            if (!text.Contains(token, StringComparison.Ordinal))
                throw new InvalidOperationException($"Raw value {raw} was overwritten by a later edit.");
            text = text.Replace(token, raw, StringComparison.Ordinal);
        }
        return text + "\n";
    }

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Text());

    /// <summary>The parent node and the last step of a path; null for the root path.</summary>
    (JsonNode Parent, string? Name, int Index)? Navigate(string path)
    {
        var parsed = Steps(path);
        if (parsed.Count == 0)
            return null;
        JsonNode node = _root;
        for (var i = 0; i < parsed.Count - 1; i++)
        {
            var (name, index) = parsed[i];
            node = (name is not null ? node.AsObject()[name] : node.AsArray()[index])
                ?? throw new ArgumentException($"Nothing at step {i} of {path}.");
        }
        var last = parsed[^1];
        return (node, last.Name, last.Index);
    }

    static List<(string? Name, int Index)> Steps(string path)
    {
        var steps = new List<(string?, int)>();
        var p = path.StartsWith('$') ? path[1..] : path;
        var i = 0;
        while (i < p.Length)
        {
            if (p[i] == '.')
            {
                i++;
                continue;
            }
            if (p[i] == '[')
            {
                var end = p.IndexOf(']', i);
                steps.Add((null, int.Parse(p[(i + 1)..end], System.Globalization.CultureInfo.InvariantCulture)));
                i = end + 1;
                continue;
            }
            var stop = p.IndexOfAny(['.', '['], i);
            if (stop < 0)
                stop = p.Length;
            steps.Add((p[i..stop], 0));
            i = stop;
        }
        return steps;
    }
}
