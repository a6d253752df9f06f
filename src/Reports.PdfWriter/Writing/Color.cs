using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// DeviceRGB colour operators. Each colour's operands are formatted once and kept (a page of a long table sets a
/// colour per run, from a handful of colours), in a small table a slot per colour and operator; threads writing
/// documents side by side may race for a slot and store the same bytes.
/// </summary>
internal static class Color
{
    private const int Slots = 256;

    private static readonly Operands?[] Known = new Operands?[Slots];

    public static void Fill(PdfBuffer content, RgbColor color) => content.Raw(Of(color, stroke: false));

    public static void Stroke(PdfBuffer content, RgbColor color) => content.Raw(Of(color, stroke: true));

    private static ReadOnlySpan<byte> Of(RgbColor color, bool stroke)
    {
        var key = (color.R << 17) | (color.G << 9) | (color.B << 1) | (stroke ? 1 : 0);
        var slot = (int)((uint)(key * -1640531535) >> 24); // Fibonacci hashing into 256 slots
        if (Known[slot] is { } known && known.Key == key)
            return known.Bytes;
        var bytes = Components(new PdfBuffer(32), color).Raw(stroke ? " RG " : " rg ").Span.ToArray();
        Known[slot] = new Operands(key, bytes);
        return bytes;
    }

    private static PdfBuffer Components(PdfBuffer content, RgbColor color) =>
        content.Number(color.R / 255.0).Space().Number(color.G / 255.0).Space().Number(color.B / 255.0);

    private sealed record Operands(int Key, byte[] Bytes);
}
