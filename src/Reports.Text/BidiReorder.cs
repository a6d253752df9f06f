namespace Reports.Text;

/// <summary>
/// UAX #9 rule L2 over the items of one line (runs, or characters): from the highest level down to the
/// lowest odd one, every maximal sequence at that level or above is reversed. Levels come from
/// <see cref="BidiParagraph"/>; the line is broken on logical text first, then reordered.
/// </summary>
public static class BidiReorder
{
    /// <summary>The logical index of the item shown at each visual position, left to right.</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> levels)
    {
        var order = new int[levels.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        if (order.Length == 0)
            return order;
        var (highest, lowestOdd) = ((byte)0, byte.MaxValue);
        foreach (var level in levels)
        {
            highest = Math.Max(highest, level);
            if ((level & 1) == 1)
                lowestOdd = Math.Min(lowestOdd, level);
        }

        for (int level = highest; level >= Math.Max(1, (int)lowestOdd); level--)
            ReverseRuns(order, levels, level);
        return order;
    }

    private static void ReverseRuns(int[] order, IReadOnlyList<byte> levels, int level)
    {
        for (var i = 0; i < order.Length; i++)
        {
            if (levels[order[i]] < level)
                continue;
            var end = i;
            while (end + 1 < order.Length && levels[order[end + 1]] >= level)
                end++;
            Array.Reverse(order, i, end - i + 1);
            i = end;
        }
    }
}
