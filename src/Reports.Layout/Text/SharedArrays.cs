namespace Reports.Layout.Text;

/// <summary>
/// Most shaped words have no glyph offsets and one glyph per character, so their offset and cluster
/// arrays are all zeros or 0, 1, 2…, and most runs sit on the baseline: one shared, never-written
/// instance per length serves them all, which keeps the shaping cache small and spares an array per
/// run. (Threads may race to create a shared array; either copy is correct.)
/// </summary>
internal static class SharedArrays
{
    private const int MaxLength = 64;

    private static readonly int[][] Zeros = [.. Enumerable.Range(0, MaxLength + 1).Select(n => new int[n])];
    private static readonly float[]?[] FloatZeroArrays = new float[]?[512];
    private static readonly int[][] Counting = [.. Enumerable.Range(0, MaxLength + 1).Select(n => Enumerable.Range(0, n).ToArray())];

    /// <summary>
    /// A shared, never-written array of <paramref name="length"/> zeros (glyph y offsets of a run on the
    /// baseline); a new one past the shared lengths.
    /// </summary>
    public static float[] FloatZeros(int length)
    {
        if (length >= FloatZeroArrays.Length)
            return new float[length];
        return FloatZeroArrays[length] ??= new float[length];
    }

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
