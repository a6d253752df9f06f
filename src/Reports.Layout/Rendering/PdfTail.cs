using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Layout.Rendering;

/// <summary>
/// Reads what an incremental update needs from the end of a PDF written by SkiaSharp: the trailer
/// (size, root, info), the last cross-reference offset, and the body of any object by number. Skia
/// writes one classic cross-reference table with a single subsection from object 0, and no object
/// streams; this reader relies on that and is not a general PDF parser.
/// </summary>
internal sealed partial class PdfTail
{
    private readonly byte[] pdf;
    private readonly string text;

    private PdfTail(byte[] pdf)
    {
        this.pdf = pdf;
        text = Encoding.Latin1.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        StartXref = long.Parse(StartXrefPattern().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        Size = int.Parse(SizePattern().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        Root = int.Parse(RootPattern().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var info = InfoPattern().Match(trailer);
        Info = info.Success ? int.Parse(info.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    public long StartXref { get; }

    public int Size { get; }

    public int Root { get; }

    public int? Info { get; }

    public int Length => pdf.Length;

    public bool EndsWithNewline => pdf.Length > 0 && pdf[^1] == (byte)'\n';

    public static PdfTail Read(byte[] pdf) => new(pdf);

    /// <summary>The text between "N 0 obj" and "endobj" of object N, found through the cross-reference table.</summary>
    public string Object(int number)
    {
        var xref = (int)StartXref;
        var firstEntry = text.IndexOf('\n', text.IndexOf('\n', xref) + 1) + 1;
        var entry = text.Substring(firstEntry + (number * 20), 10);
        var offset = int.Parse(entry, CultureInfo.InvariantCulture);
        var start = text.IndexOf("obj", offset, StringComparison.Ordinal) + 3;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return text[start..end].Trim();
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoPattern();
}
