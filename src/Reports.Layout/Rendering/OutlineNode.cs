using Reports.Layout.Paging;

namespace Reports.Layout.Rendering;

/// <summary>A bookmark in the outline tree with its PDF object number.</summary>
internal sealed class OutlineNode(OutlineEntry? entry, int number, OutlineNode? parent)
{
    public OutlineEntry? Entry => entry;

    public int Number => number;

    public OutlineNode? Parent => parent;

    public List<OutlineNode> Children { get; } = [];

    /// <summary>Position among the parent's children.</summary>
    public int Index { get; private set; }

    /// <summary>All descendants; every item is open, so this is the PDF /Count.</summary>
    public int Descendants => Children.Sum(c => 1 + c.Descendants);

    /// <summary>
    /// Nests flat entries by level (a level-3 entry right after a level-1 one goes under it). Object
    /// numbers: the root gets <paramref name="firstNumber"/>, entries follow in document order.
    /// </summary>
    public static OutlineNode Build(IReadOnlyList<OutlineEntry> entries, int firstNumber)
    {
        var root = new OutlineNode(null, firstNumber, null);
        var open = new Stack<OutlineNode>();
        for (var i = 0; i < entries.Count; i++)
        {
            while (open.Count > 0 && open.Peek().Entry!.Level >= entries[i].Level)
                open.Pop();
            var parentNode = open.Count > 0 ? open.Peek() : root;
            var node = new OutlineNode(entries[i], firstNumber + 1 + i, parentNode) { Index = parentNode.Children.Count };
            parentNode.Children.Add(node);
            open.Push(node);
        }

        return root;
    }

    public IEnumerable<OutlineNode> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
