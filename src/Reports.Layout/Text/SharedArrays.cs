namespace Reports.Layout.Text;

/// <summary>
/// Most shaped words have no glyph offsets and one glyph per character, so their offset and cluster
/// arrays are all zeros or 0, 1, 2…: one shared, never-written instance per length serves them all,
/// which keeps the shaping cache of a long document small.
/// </summary>
internal static class SharedArrays
{
    private const int MaxLength = 64;

    private static readonly int[][] Zeros = [.. Enumerable.Range(0, MaxLength + 1).Select(n => new int[n])];
    private static readonly int[][] Counting = [.. Enumerable.Range(0, MaxLength + 1).Select(n => Enumerable.Range(0, n).ToArray())];

    /// <summary>The shared array equal to <paramref name="values"/> when there is one, else <paramref name="values"/> itself.</summary>
    public static int[] Compact(int[] values)
    {
        if (values.Length > MaxLength)
            return values;
        if (values.AsSpan().SequenceEqual(Zeros[values.Length]))
            return Zeros[values.Length];
        return values.AsSpan().SequenceEqual(Counting[values.Length]) ? Counting[values.Length] : values;
    }
}
