namespace Reports.PdfWriter.Tagging;

/// <summary>
/// The children of the elements of one tree, as linked entries in chunks: an element holds the index of its
/// first and last child, each entry the index of the next. Appending never moves an entry, so a chunk, once
/// full, is written no more. Not thread-safe, as the elements that share it are not.
/// </summary>
internal sealed class TagChildren
{
    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<Entry[]> chunks = [];
    private int count;

    /// <summary>Stores <paramref name="child"/> after the entry <paramref name="previous"/> (-1 for a first child) and returns its index.</summary>
    internal int Append(TagChild child, int previous)
    {
        if ((count & (ChunkSize - 1)) == 0)
            chunks.Add(new Entry[ChunkSize]);
        var index = count++;
        At(index) = new Entry(child);
        if (previous >= 0)
            At(previous).Next = index;
        return index;
    }

    private ref Entry At(int index) => ref chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    /// <summary>
    /// A child in 24 bytes (a <see cref="TagChild"/> and a link would take 32): an annotation's number is kept
    /// complemented, as numbers are never negative.
    /// </summary>
    private struct Entry(TagChild child)
    {
        private readonly TagGroup? group = child.Group;
        private readonly int page = child.Page;
        private readonly int number = child.IsAnnotation ? ~child.Number : child.Number;

        public int Next = -1;

        public readonly TagChild Child => number < 0 ? new(group, page, ~number, true) : new(group, page, number, false);
    }

    /// <summary>An element's children from its first, in order.</summary>
    internal readonly struct Enumerable(TagChildren store, int head)
    {
        public Enumerator GetEnumerator() => new(store, head);
    }

    internal struct Enumerator(TagChildren store, int head)
    {
        private int next = head;

        public TagChild Current { get; private set; }

        public bool MoveNext()
        {
            if (next < 0)
                return false;
            ref var entry = ref store.At(next);
            Current = entry.Child;
            next = entry.Next;
            return true;
        }
    }
}
