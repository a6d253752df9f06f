using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Layout.Rendering;

/// <summary>
/// Reads what an incremental update needs from the end of a PDF written by SkiaSharp: the trailer
/// (size, root, info), the last cross-reference offset, and the body of any object by number. Skia
/// writes one classic cross-reference table with a single subsection from object 0, and no object
/// streams; this reader relies on that and is not a general PDF parser. It sees only the bytes from
/// <c>start</c> on (the part Skia writes on close, where the trailer, catalog and destinations are);
/// offsets are those of the whole file.
/// </summary>
internal sealed partial class PdfTail
{
    private readonly byte[] tail;
    private readonly long start;
    private readonly string text;

    private PdfTail(byte[] tail, long start)
    {
        this.tail = tail;
        this.start = start;
        text = Encoding.Latin1.GetString(tail);
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

    /// <summary>Length of the whole file in bytes.</summary>
    public long Length => start + tail.Length;

    public bool EndsWithNewline => tail.Length > 0 && tail[^1] == (byte)'\n';

    /// <summary>The tail of a PDF: <paramref name="tail"/> holds the file's bytes from offset <paramref name="start"/> to its end.</summary>
    public static PdfTail Read(byte[] tail, long start = 0) => new(tail, start);

    /// <summary>The text between "N 0 obj" and "endobj" of object N, found through the cross-reference table.</summary>
    public string Object(int number)
    {
        var xref = Local(StartXref, "cross-reference table");
        var firstEntry = text.IndexOf('\n', text.IndexOf('\n', xref) + 1) + 1;
        var entry = text.Substring(firstEntry + (number * 20), 10);
        var offset = Local(long.Parse(entry, CultureInfo.InvariantCulture), $"object {number}");
        var from = text.IndexOf("obj", offset, StringComparison.Ordinal) + 3;
        var end = text.IndexOf("endobj", from, StringComparison.Ordinal);
        return text[from..end].Trim();
    }

    /// <summary>Where a file offset falls in the text held here.</summary>
    private int Local(long offset, string what) => offset >= start && offset < Length
        ? (int)(offset - start)
        : throw new InvalidOperationException($"The {what} at offset {offset} lies before the recorded end of the PDF (from {start}); record from an earlier point.");

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoPattern();
}
