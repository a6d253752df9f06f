namespace Reports.Text;

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
    private static readonly int[][] Counting = [.. Enumerable.Range(0, MaxLength + 1).Select(n => Enumerable.Range(0, n).ToArray())];
    private static readonly int[]?[] LongZeroArrays = new int[]?[512];
    private static readonly int[]?[] LongCountingArrays = new int[]?[512];

    /// <summary>A shared, never-written array of <paramref name="length"/> zeros (glyph offsets in font units); a new one past the shared lengths.</summary>
    public static int[] IntZeros(int length)
    {
        if (length <= MaxLength)
            return Zeros[length];
        if (length >= LongZeroArrays.Length)
            return new int[length];
        return LongZeroArrays[length] ??= new int[length];
    }

    /// <summary>
    /// A shared, never-written array 0, 1, 2… of <paramref name="length"/> (the clusters of a run with a glyph per
    /// character, a line of body text is one); a new one past the shared lengths.
    /// </summary>
    public static int[] CountingUp(int length)
    {
        if (length <= MaxLength)
            return Counting[length];
        if (length >= LongCountingArrays.Length)
            return [.. Enumerable.Range(0, length)];
        return LongCountingArrays[length] ??= [.. Enumerable.Range(0, length)];
    }

    /// <summary>
    /// The values of <paramref name="items"/> as an array: the shared zeros (<paramref name="step"/> 0) or
    /// 0, 1, 2… (<paramref name="step"/> 1) when they are exactly that, else a new array.
    /// </summary>
    public static int[] Of<T>(ReadOnlySpan<T> items, Func<T, int> value, int step)
    {
        var shared = items.Length > MaxLength ? null : step == 0 ? Zeros[items.Length] : Counting[items.Length];
        var i = 0;
        while (shared is not null && i < items.Length && value(items[i]) == i * step)
            i++;
        if (shared is not null && i == items.Length)
            return shared;
        var values = new int[items.Length];
        for (var k = 0; k < values.Length; k++)
            values[k] = value(items[k]);
        return values;
    }
}
