using System.Text;

namespace Reports.PdfWriter.Fonts;

/// <summary>
/// Rewrites a CFF program (the subset's <c>CFF </c> table) as a CID-keyed CFF with an Identity ordering,
/// which is what a CIDFontType0 with <c>FontFile3 /Subtype /CIDFontType0C</c> must hold. A name-keyed
/// program gets one Font DICT for its Private DICT; a CID-keyed one keeps its FDArray. The charset maps each
/// glyph of the subset to the CID the content streams use (the glyph's id in the full face), so the
/// content never needs renumbering. Charstrings and subroutines are copied byte for byte; the Private DICTs
/// are rewritten only to point at their local subroutines. (Hand-written because no served library edits
/// CFF; HarfBuzz's subsetter keeps a name-keyed program name-keyed.)
/// </summary>
internal static class CffCidConverter
{
    /// <summary>Top DICT entries kept: FontBBox, isFixedPitch, ItalicAngle, Underline*, PaintType, CharstringType, FontMatrix, StrokeWidth.</summary>
    private static readonly HashSet<int> KeptTop = [5, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208];

    private const int Charset = 15;
    private const int CharStrings = 17;
    private const int Private = 18;
    private const int Subrs = 19;
    private const int Ros = 1230;
    private const int CidCount = 1234;
    private const int FdArray = 1236;
    private const int FdSelect = 1237;
    private const int FontName = 1238;

    /// <param name="cff">The CFF table.</param>
    /// <param name="cids">Per glyph of the program, its CID (index 0, .notdef, must be 0).</param>
    public static byte[] Convert(ReadOnlySpan<byte> cff, IReadOnlyList<uint> cids)
    {
        var names = CffIndex.Read(cff, cff[2]);
        var tops = CffIndex.Read(cff, names.End);
        var strings = CffIndex.Read(cff, tops.End);
        var globalSubrs = CffIndex.Read(cff, strings.End);
        var top = CffDict.Read(cff[tops.Item(cff, 0)]);
        var charStrings = CffIndex.Read(cff, Offset(top, CharStrings));
        if (charStrings.Count != cids.Count)
            throw new InvalidDataException($"the CFF program has {charStrings.Count} glyphs where {cids.Count} were expected");
        var (fonts, fdOfGlyph) = top.Find(Ros) is null
            ? ([new FontDict([], PrivateOf(cff, top))], new byte[charStrings.Count])
            : ReadFdArray(cff, top, charStrings.Count);

        var parts = new Parts(
            cff[names.Start..names.End].ToArray(),
            CffIndex.Build([Encoding.ASCII.GetBytes("Adobe"), Encoding.ASCII.GetBytes("Identity")]),
            cff[globalSubrs.Start..globalSubrs.End].ToArray(),
            CharsetOf(cids),
            [0, .. fdOfGlyph],
            cff[charStrings.Start..charStrings.End].ToArray(),
            fonts);
        return parts.Write(top, (int)cids.Max() + 1);
    }

    private static int Offset(CffDict dict, int op) =>
        dict.Find(op) is { Operands.Length: > 0 } entry
            ? (int)entry.Operands[^1]
            : throw new InvalidDataException($"the CFF DICT lacks operator {op}");

    private static PrivateDict PrivateOf(ReadOnlySpan<byte> cff, CffDict dict)
    {
        var entry = dict.Find(Private) ?? throw new InvalidDataException("a CFF Font DICT lacks its Private DICT");
        var (size, offset) = ((int)entry.Operands[0], (int)entry.Operands[1]);
        var data = CffDict.Read(cff.Slice(offset, size));
        var subrs = data.Find(Subrs) is { } s ? CffIndex.Read(cff, offset + (int)s.Operands[0]) : (CffIndex?)null;
        var kept = data.Entries.Where(e => e.Operator != Subrs).SelectMany(e => e.Raw).ToArray();
        return new PrivateDict(kept, subrs is { } index ? cff[index.Start..index.End].ToArray() : null);
    }

    private static (List<FontDict>, byte[]) ReadFdArray(ReadOnlySpan<byte> cff, CffDict top, int glyphs)
    {
        var array = CffIndex.Read(cff, Offset(top, FdArray));
        var fonts = new List<FontDict>();
        for (var i = 0; i < array.Count; i++)
        {
            var dict = CffDict.Read(cff[array.Item(cff, i)]);
            var kept = dict.Entries.Where(e => e.Operator is not Private and not FontName).SelectMany(e => e.Raw).ToArray();
            fonts.Add(new FontDict(kept, PrivateOf(cff, dict)));
        }

        return (fonts, ReadFdSelect(cff, Offset(top, FdSelect), glyphs));
    }

    private static byte[] ReadFdSelect(ReadOnlySpan<byte> cff, int at, int glyphs)
    {
        if (cff[at] == 0)
            return cff.Slice(at + 1, glyphs).ToArray();
        if (cff[at] != 3)
            throw new InvalidDataException($"FDSelect format {cff[at]} is not a CFF format");
        var result = new byte[glyphs];
        var ranges = OpenTypeFace.U16(cff, at + 1);
        for (var r = 0; r < ranges; r++)
        {
            var first = OpenTypeFace.U16(cff, at + 3 + (3 * r));
            var fd = cff[at + 5 + (3 * r)];
            var next = OpenTypeFace.U16(cff, at + 6 + (3 * r));
            for (var g = first; g < next && g < glyphs; g++)
                result[g] = fd;
        }

        return result;
    }

    /// <summary>charset format 0: the CID of every glyph after .notdef.</summary>
    private static byte[] CharsetOf(IReadOnlyList<uint> cids)
    {
        var charset = new byte[1 + (2 * (cids.Count - 1))];
        for (var g = 1; g < cids.Count; g++)
        {
            charset[(2 * g) - 1] = (byte)(cids[g] >> 8);
            charset[2 * g] = (byte)cids[g];
        }

        return charset;
    }

    private sealed record PrivateDict(byte[] Entries, byte[]? LocalSubrs)
    {
        /// <summary>Entries plus a five-byte Subrs offset pointing just past the dict.</summary>
        public int DictLength => Entries.Length + (LocalSubrs is null ? 0 : 6);

        public byte[] Write()
        {
            var output = new List<byte>(Entries);
            if (LocalSubrs is not null)
            {
                CffDict.Int32(output, DictLength);
                CffDict.Operator(output, Subrs);
                output.AddRange(LocalSubrs);
            }

            return [.. output];
        }
    }

    private sealed record FontDict(byte[] Entries, PrivateDict Private)
    {
        public int Length => Entries.Length + 11;
    }

    private sealed record Parts(byte[] Names, byte[] Strings, byte[] GlobalSubrs, byte[] CharsetData, byte[] FdSelectData, byte[] CharStringsData, List<FontDict> Fonts)
    {
        public byte[] Write(CffDict top, int cidCount)
        {
            var kept = top.Entries.Where(e => KeptTop.Contains(e.Operator)).SelectMany(e => e.Raw).ToArray();
            var topLength = TopDict(kept, cidCount, 0, 0, 0, 0).Count;
            var charsetAt = 4 + Names.Length + CffIndex.Length([topLength]) + Strings.Length + GlobalSubrs.Length;
            var fdSelectAt = charsetAt + CharsetData.Length;
            var charStringsAt = fdSelectAt + FdSelectData.Length;
            var fdArrayAt = charStringsAt + CharStringsData.Length;
            var privateAt = fdArrayAt + CffIndex.Length([.. Fonts.Select(f => f.Length)]);
            var topDict = TopDict(kept, cidCount, charsetAt, fdSelectAt, charStringsAt, fdArrayAt);

            var fontDicts = new List<byte[]>();
            var privates = new List<byte>();
            foreach (var font in Fonts)
            {
                var dict = new List<byte>(font.Entries);
                var privateBytes = font.Private.Write();
                CffDict.Int32(dict, font.Private.DictLength);
                CffDict.Int32(dict, privateAt + privates.Count);
                CffDict.Operator(dict, Private);
                fontDicts.Add([.. dict]);
                privates.AddRange(privateBytes);
            }

            byte[] header = [1, 0, 4, 4];
            return [.. header, .. Names, .. CffIndex.Build([[.. topDict]]), .. Strings, .. GlobalSubrs, .. CharsetData, .. FdSelectData,
                .. CharStringsData, .. CffIndex.Build(fontDicts), .. privates];
        }

        /// <summary>ROS Adobe/Identity/0 (strings 391 and 392), CIDCount, the kept entries, then fixed-width offsets.</summary>
        private static List<byte> TopDict(byte[] kept, int cidCount, int charset, int fdSelect, int charStrings, int fdArray)
        {
            var dict = new List<byte> { 28, 0x01, 0x87, 28, 0x01, 0x88, 28, 0, 0, 12, 30 };
            CffDict.Int32(dict, cidCount);
            CffDict.Operator(dict, CidCount);
            dict.AddRange(kept);
            foreach (var (op, at) in new[] { (Charset, charset), (FdSelect, fdSelect), (CharStrings, charStrings), (FdArray, fdArray) })
            {
                CffDict.Int32(dict, at);
                CffDict.Operator(dict, op);
            }

            return dict;
        }
    }
}
