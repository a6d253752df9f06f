using System.Text;

namespace Reports.PdfWriter.Writing;

/// <summary>The named destinations as a name tree (<c>/Names &lt;&lt;/Dests …&gt;&gt;</c>), keys in byte order as PDF requires.</summary>
internal static class DestinationWriter
{
    /// <summary>The tree's root object, or 0 when there are no destinations.</summary>
    public static int Write(PdfOutput output, IReadOnlyDictionary<string, (int Page, double X, double Y)> destinations)
    {
        if (destinations.Count == 0)
            return 0;
        var entries = destinations.Select(d => (Bytes: KeyBytes(d.Key), Name: d.Key, d.Value)).ToList();
        entries.Sort((a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        return PdfTreeWriter.Write(output, "Names", entries, (b, e) => b.Text(e.Name),
            (b, e) => b.Raw("[").Ref(e.Value.Page).Raw(" /XYZ ").Number(e.Value.X).Space().Number(e.Value.Y).Raw(" null]"));
    }

    /// <summary>The bytes of the key as <see cref="PdfBuffer.Text"/> writes it (ASCII, or UTF-16BE after a byte-order mark).</summary>
    private static byte[] KeyBytes(string key) =>
        key.All(c => c is >= ' ' and <= '~') ? Encoding.ASCII.GetBytes(key) : [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(key)];
}
