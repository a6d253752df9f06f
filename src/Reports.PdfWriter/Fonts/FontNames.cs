using System.Text;
using static Reports.PdfWriter.Fonts.OpenTypeFace;

namespace Reports.PdfWriter.Fonts;

/// <summary>Reads the PostScript name (name id 6) a PDF font's <c>/BaseFont</c> is built from.</summary>
internal static class FontNames
{
    public static string PostScriptName(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
            return "Font";
        var count = U16(name, 2);
        var strings = U16(name, 4);
        string? mac = null;
        for (var i = 0; i < count && 6 + (12 * (i + 1)) <= name.Length; i++)
        {
            var record = 6 + (12 * i);
            if (U16(name, record + 6) != 6)
                continue;
            var (platform, length, offset) = (U16(name, record), U16(name, record + 8), strings + U16(name, record + 10));
            if (offset + length > name.Length)
                continue;
            var bytes = name.Slice(offset, length);
            if (platform is 0 or 3)
                return Clean(Encoding.BigEndianUnicode.GetString(bytes));
            mac ??= Encoding.ASCII.GetString(bytes);
        }

        return mac is null ? "Font" : Clean(mac);
    }

    /// <summary>PostScript names are printable ASCII without delimiters; anything else is dropped.</summary>
    private static string Clean(string name)
    {
        var kept = new string([.. name.Where(c => c is > ' ' and < '\u007f' && "()<>[]{}/%#".IndexOf(c) < 0)]);
        return kept.Length == 0 ? "Font" : kept;
    }
}
