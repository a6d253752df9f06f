namespace Reports.PdfWriter.Fonts;

/// <summary>Where a CFF INDEX lies in the table: its bytes from <see cref="Start"/> to <see cref="End"/>, and its items.</summary>
internal readonly record struct CffIndex(int Start, int End, int Count, int OffSize, int DataStart)
{
    public static CffIndex Read(ReadOnlySpan<byte> cff, int at)
    {
        var count = OpenTypeFace.U16(cff, at);
        if (count == 0)
            return new CffIndex(at, at + 2, 0, 0, at + 2);
        var offSize = cff[at + 2];
        var dataStart = at + 3 + ((count + 1) * offSize) - 1;
        var last = Offset(cff, at + 3 + (count * offSize), offSize);
        return new CffIndex(at, dataStart + last, count, offSize, dataStart);
    }

    /// <summary>The bytes of item <paramref name="i"/>, as a range of the table.</summary>
    public Range Item(ReadOnlySpan<byte> cff, int i)
    {
        var from = Offset(cff, Start + 3 + (i * OffSize), OffSize);
        var to = Offset(cff, Start + 3 + ((i + 1) * OffSize), OffSize);
        return new Range(DataStart + from, DataStart + to);
    }

    /// <summary>Writes an INDEX of the given items.</summary>
    public static byte[] Build(IReadOnlyList<byte[]> items)
    {
        if (items.Count == 0)
            return [0, 0];
        var total = items.Sum(i => i.Length) + 1;
        var offSize = total <= 0xFF ? 1 : total <= 0xFFFF ? 2 : total <= 0xFFFFFF ? 3 : 4;
        var output = new List<byte>(3 + ((items.Count + 1) * offSize) + total) { (byte)(items.Count >> 8), (byte)items.Count, (byte)offSize };
        var offset = 1;
        for (var i = 0; i <= items.Count; i++)
        {
            for (var b = offSize - 1; b >= 0; b--)
                output.Add((byte)(offset >> (8 * b)));
            if (i < items.Count)
                offset += items[i].Length;
        }

        foreach (var item in items)
            output.AddRange(item);
        return [.. output];
    }

    /// <summary>The length <see cref="Build"/> gives for items of these lengths.</summary>
    public static int Length(IReadOnlyList<int> itemLengths)
    {
        if (itemLengths.Count == 0)
            return 2;
        var total = itemLengths.Sum() + 1;
        var offSize = total <= 0xFF ? 1 : total <= 0xFFFF ? 2 : total <= 0xFFFFFF ? 3 : 4;
        return 3 + ((itemLengths.Count + 1) * offSize) + total - 1;
    }

    private static int Offset(ReadOnlySpan<byte> cff, int at, int size)
    {
        var value = 0;
        for (var i = 0; i < size; i++)
            value = (value << 8) | cff[at + i];
        return value;
    }
}
