namespace Reports.Layout.Paging;

/// <summary>
/// Names of the document's destinations: a heading's AnchorId, or a generated name for a heading that
/// has a bookmark but no id. Rejects an anchor declared twice.
/// </summary>
internal sealed class AnchorRegistry
{
    private readonly Dictionary<string, string?> declared = new(StringComparer.Ordinal);
    private readonly List<string> order = [];
    private int generated;

    public string Declare(string? anchorId, string? origin)
    {
        if (anchorId is null)
            return $"_heading-{++generated}";
        if (anchorId.Length == 0 || anchorId.StartsWith("_heading-", StringComparison.Ordinal))
            throw new ArgumentException($"Anchor id '{anchorId}' is empty or reserved (block {origin ?? "without origin"}).");
        if (!declared.TryAdd(anchorId, origin))
        {
            throw new ArgumentException(
                $"Anchor '{anchorId}' is declared twice (blocks {declared[anchorId] ?? "without origin"} and {origin ?? "without origin"}).");
        }

        order.Add(anchorId);
        return anchorId;
    }

    /// <summary>How many anchors have been declared.</summary>
    public int Count => order.Count;

    /// <summary>Forgets the anchors declared after the first <paramref name="count"/> (a layout choice that was not taken).</summary>
    public void ForgetAfter(int count)
    {
        foreach (var name in order.Skip(count))
            declared.Remove(name);
        order.RemoveRange(count, order.Count - count);
    }
}
