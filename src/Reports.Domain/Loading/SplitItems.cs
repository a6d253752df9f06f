using System.Text.Json;
using Json.Schema;

namespace Reports.Domain.Loading;

/// <summary>
/// The items of one large array of the dataset (the indicators) checked pass/fail in two parts with the verdict
/// of their schema: the item's own keywords (type, required, the names additionalProperties allows) with every
/// property's subschema as true, then each property's value against its subschema. Most properties of a large
/// array repeat a few values (unit, period, theme, qualifier, kind, source), and a value's verdict depends on
/// the value alone, so each distinct one is evaluated once per chunk. When the items allow no property but
/// those named (additionalProperties false), the shape leaves that rule out and a name without a subschema
/// fails here.
/// </summary>
internal sealed class SplitItems(string name, JsonSchema shape, IReadOnlyDictionary<string, JsonSchema> properties, bool closed)
{
    /// <summary>The root property holding the array.</summary>
    public string Name => name;

    /// <summary>Values of a property seen before its verdicts stop being remembered, when most of them differ (ids, labels).</summary>
    const int MemoTrial = 256;

    /// <summary>Whether every item of this chunk of the array is valid against the items' schema.</summary>
    public bool AllValid(ArraySegment<JsonElement> items, EvaluationOptions flag)
    {
        var memos = Memos();
        foreach (var item in items)
        {
            if (!ItemValid(item, memos, flag))
                return false;
        }
        return true;
    }

    /// <summary>The indexes (in the array) of this chunk's items that are not valid against the items' schema.</summary>
    public List<int> Invalid(ArraySegment<JsonElement> items, EvaluationOptions flag)
    {
        var memos = Memos();
        var invalid = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!ItemValid(items[i], memos, flag))
                invalid.Add(items.Offset + i);
        }
        return invalid;
    }

    Dictionary<string, Memo> Memos() => properties.Keys.ToDictionary(k => k, _ => new Memo(), StringComparer.Ordinal);

    bool ItemValid(JsonElement item, Dictionary<string, Memo> memos, EvaluationOptions flag)
    {
        if (!shape.Evaluate(item, flag).IsValid)
            return false;
        if (item.ValueKind != JsonValueKind.Object)
            return true;
        foreach (var property in item.EnumerateObject())
        {
            if (!properties.TryGetValue(property.Name, out var schema))
            {
                if (closed)
                    return false;
            }
            else if (!Valid(schema, property.Value, memos[property.Name], flag))
                return false;
        }
        return true;
    }

    static bool Valid(JsonSchema schema, JsonElement value, Memo memo, EvaluationOptions flag)
    {
        if (memo.Verdicts is not { } verdicts)
            return schema.Evaluate(value, flag).IsValid;
        var raw = value.GetRawText();
        if (!verdicts.TryGetValue(raw, out var valid))
        {
            valid = schema.Evaluate(value, flag).IsValid;
            verdicts[raw] = valid;
        }
        if (++memo.Seen == MemoTrial && verdicts.Count * 2 > memo.Seen)
            memo.Verdicts = null; // nearly every value differs: remembering costs more than it saves
        return valid;
    }

    sealed class Memo
    {
        public Dictionary<string, bool>? Verdicts = new(StringComparer.Ordinal);
        public int Seen;
    }
}
