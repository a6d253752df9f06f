using System.Collections.Concurrent;
using Reports.Layout.Model;
using Reports.Layout.Paging;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>
/// Draws placed logos with SkiaSharp: PNG and JPEG decoded once per file and drawn into their box (SkiaSharp's PDF
/// backend embeds them at their own resolution). SkiaSharp reads no SVG: an SVG logo is drawn by the PDF writer's
/// path (Reports.PdfWriter with the SVG reader), and here it leaves its box empty.
/// </summary>
internal static class ImageDrawer
{
    private static readonly ConcurrentDictionary<string, SKImage?> Decoded = new(StringComparer.Ordinal);

    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.None);

    public static void Draw(SKCanvas canvas, PlacedImage placed)
    {
        if (placed.Image.Kind == ImageKind.Svg || Decoded.GetOrAdd(placed.Image.Path, Decode) is not { } image)
            return;
        var b = placed.Bounds;
        canvas.DrawImage(image, new SKRect((float)b.X, (float)b.Y, (float)b.Right, (float)b.Bottom), Sampling);
    }

    /// <summary>Text turned about a point of the page (the watermark), drawn by the ordinary text drawer inside a rotated scope.</summary>
    public static void Draw(SKCanvas canvas, PlacedRotatedText rotated, TextDrawer text)
    {
        using var scope = new CanvasScope(canvas);
        canvas.RotateDegrees(-(float)rotated.Degrees, (float)rotated.CentreX, (float)rotated.CentreY);
        text.Draw(canvas, rotated.Text);
    }

    private static SKImage? Decode(string path)
    {
        using var data = SKData.Create(path);
        return data is null ? null : SKImage.FromEncodedData(data);
    }
}
