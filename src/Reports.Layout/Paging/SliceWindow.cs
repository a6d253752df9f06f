namespace Reports.Layout.Paging;

/// <summary>
/// The slices the paginator may still look at, read from the flow on demand and addressed by their
/// index in the whole flow. Slices before the page being filled are dropped, so a long document is
/// never held whole.
/// </summary>
internal sealed class SliceWindow(IEnumerable<Slice> slices) : IDisposable
{
    private readonly IEnumerator<Slice> source = slices.GetEnumerator();
    private readonly List<Slice> held = [];
    private int first;
    private bool exhausted;

    public Slice this[int index] => held[index - first];

    /// <summary>True when the flow has a slice at <paramref name="index"/> (reading on as far as needed).</summary>
    public bool Has(int index)
    {
        while (!exhausted && index - first >= held.Count)
        {
            if (source.MoveNext())
                held.Add(source.Current);
            else
                exhausted = true;
        }

        return index - first < held.Count;
    }

    /// <summary>Forgets the slices before <paramref name="index"/>; they will not be asked for again.</summary>
    public void DropBefore(int index)
    {
        var count = Math.Min(index - first, held.Count);
        if (count <= 0)
            return;
        held.RemoveRange(0, count);
        first += count;
    }

    public void Dispose() => source.Dispose();
}
