namespace Reports.Text;

/// <summary>
/// The last texts laid out, by what they are made of: up to <see cref="MaxSpans"/> spans of at most
/// <see cref="MaxLength"/> characters in all, in one width and line height. Laying out is a pure function of
/// those (the engine's direction and language are fixed), and a laid-out text is immutable, so a text met again
/// (an appendix's units, periods, kinds and source markers, a few dozen values over 100,000 rows) takes the
/// lines of the first. Direct-mapped: a slot per hash, so the cache stays small (<see cref="Slots"/> texts). A
/// text is kept only the second time its hash is met in its slot: unique texts (ids, labels) pass through
/// without being held, so they die young instead of living on in the cache until the collector promotes them.
/// </summary>
internal sealed class TextBlockCache
{
    public const int MaxSpans = 3;
    public const int MaxLength = 64;
    private const int Slots = 1024;

    private readonly (Key Key, TextBlock Block)[] slots = new (Key, TextBlock)[Slots];

    /// <summary>Per slot, the hash of the last text met there that was not kept.</summary>
    private readonly int[] seen = new int[Slots];

    /// <summary>
    /// The text laid out before from equal spans in the same width and line height, else null; <paramref name="probe"/>
    /// is what <see cref="Keep"/> needs, so a text met for the first time has its key made and hashed once.
    /// </summary>
    public TextBlock? Find(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor, out Probe probe)
    {
        if (KeyOf(spans, width, lineHeightFactor) is not { } key)
        {
            probe = default;
            return null;
        }
        probe = new Probe(key, key.GetHashCode());
        ref var slot = ref slots[Slot(probe.Hash)];
        return slot.Block is not null && slot.Key.Equals(key) ? slot.Block : null;
    }

    /// <summary>
    /// Remembers the text <see cref="Find"/> missed when it is met the second time running in its slot (nothing when
    /// its spans were too many or too long).
    /// </summary>
    public void Keep(in Probe probe, TextBlock block)
    {
        if (probe.Key is not { } key)
            return;
        var slot = Slot(probe.Hash);
        if (seen[slot] == probe.Hash)
            slots[slot] = (key, block);
        else
            seen[slot] = probe.Hash;
    }

    private static int Slot(int hash) => (hash & int.MaxValue) % Slots;

    private static Key? KeyOf(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor)
    {
        if (spans.Count is 0 or > MaxSpans)
            return null;
        var length = 0;
        for (var i = 0; i < spans.Count; i++)
            length += spans[i].Text.Length;
        if (length > MaxLength)
            return null;
        return new Key(spans[0], spans.Count > 1 ? spans[1] : null, spans.Count > 2 ? spans[2] : null, width, lineHeightFactor);
    }

    /// <summary>A text's key and its hash, from <see cref="Find"/> to <see cref="Keep"/>; no key when it is not cached.</summary>
    internal readonly struct Probe(Key key, int hash)
    {
        public Key? Key { get; } = key;

        public int Hash { get; } = hash;
    }

    /// <summary>Spans compare by value (text, style, link, language, isolation, break rule): records.</summary>
    internal readonly record struct Key(StyledSpan First, StyledSpan? Second, StyledSpan? Third, double Width, double LineHeightFactor);
}
