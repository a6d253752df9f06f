using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Writing;

/// <summary>DeviceRGB colour operators.</summary>
internal static class Color
{
    public static void Fill(PdfBuffer content, RgbColor color) => Components(content, color).Raw(" rg ");

    public static void Stroke(PdfBuffer content, RgbColor color) => Components(content, color).Raw(" RG ");

    private static PdfBuffer Components(PdfBuffer content, RgbColor color) =>
        content.Number(color.R / 255.0).Space().Number(color.G / 255.0).Space().Number(color.B / 255.0);
}
