using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Layout.Rendering;

/// <summary>
/// The explicit destination ("[12 0 R /XYZ 56 760 0]") of each named destination, read from the
/// catalog's /Dests dictionary that SkiaSharp writes. Bookmarks use these explicit arrays, which
/// every reader resolves.
/// </summary>
internal static partial class NamedDestinations
{
    public static Dictionary<string, string> Read(PdfTail tail, string catalog)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var reference = DestsReference().Match(catalog);
        var dests = reference.Success
            ? tail.Object(int.Parse(reference.Groups[1].Value, CultureInfo.InvariantCulture))
            : catalog;
        foreach (Match entry in Entry().Matches(dests))
            result[Unescape(entry.Groups["name"].Value)] = entry.Groups["dest"].Value;
        return result;
    }

    /// <summary>PDF names escape bytes outside '!'..'~' and delimiters as #xx (UTF-8 bytes).</summary>
    private static string Unescape(string name)
    {
        var bytes = new List<byte>(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '#' && i + 2 < name.Length)
            {
                bytes.Add(byte.Parse(name.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add((byte)name[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"/Dests\s+(\d+)\s+0\s+R")]
    private static partial Regex DestsReference();

    [GeneratedRegex(@"/(?<name>[^\s/\[\]<>()]+)\s*(?<dest>\[\s*\d+\s+0\s+R\s*/XYZ[^\]]*\])")]
    private static partial Regex Entry();
}
