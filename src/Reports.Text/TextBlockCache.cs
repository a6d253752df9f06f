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

    /// <summary>The text laid out before from equal spans in the same width and line height, else null.</summary>
    public TextBlock? Find(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor)
    {
        if (KeyOf(spans, width, lineHeightFactor) is not { } key)
            return null;
        ref var slot = ref slots[Slot(key)];
        return slot.Block is not null && slot.Key.Equals(key) ? slot.Block : null;
    }

    /// <summary>
    /// Remembers a text laid out from these spans when it is met the second time running in its slot (nothing when
    /// its spans are too many or too long).
    /// </summary>
    public void Keep(IReadOnlyList<StyledSpan> spans, double width, double lineHeightFactor, TextBlock block)
    {
        if (KeyOf(spans, width, lineHeightFactor) is not { } key)
            return;
        var hash = key.GetHashCode();
        var slot = Slot(hash);
        if (seen[slot] == hash)
            slots[slot] = (key, block);
        else
            seen[slot] = hash;
    }

    private static int Slot(Key key) => Slot(key.GetHashCode());

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

    /// <summary>Spans compare by value (text, style, link, language, isolation, break rule): records.</summary>
    private readonly record struct Key(StyledSpan First, StyledSpan? Second, StyledSpan? Third, double Width, double LineHeightFactor);
}
