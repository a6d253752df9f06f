using System.Collections.Concurrent;
using Reports.Layout.Model;
using Reports.Layout.Paging;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>
/// Draws placed logos with SkiaSharp: PNG and JPEG decoded once per file and drawn into their box (SkiaSharp's PDF
/// backend embeds them at their own resolution); an SVG read by our SVG reader and drawn as vectors, scaled from
/// its own size to the box.
/// </summary>
internal static class ImageDrawer
{
    private static readonly ConcurrentDictionary<string, SKImage?> Decoded = new(StringComparer.Ordinal);

    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.None);

    public static void Draw(SKCanvas canvas, PlacedImage placed)
    {
        var b = placed.Bounds;
        if (placed.Image.Kind == ImageKind.Svg)
        {
            var drawing = LogoContent.Vector(placed.Image);
            using var scope = new CanvasScope(canvas);
            using var paint = new SKPaint { IsAntialias = true };
            canvas.Translate((float)b.X, (float)b.Y);
            canvas.Scale((float)(b.Width / drawing.Width), (float)(b.Height / drawing.Height));
            VectorDrawer.Draw(canvas, drawing.Content, paint);
            return;
        }

        if (Decoded.GetOrAdd(LogoContent.Key(placed.Image.Path), _ => Decode(placed.Image.Path)) is not { } image)
            return;
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
