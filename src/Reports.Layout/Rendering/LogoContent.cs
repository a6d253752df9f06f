using System.Collections.Concurrent;
using Reports.Layout.Model;
using Reports.Layout.Rendering.Svg;
using Reports.PdfWriter;
using Reports.PdfWriter.Content;
using Geometry = Reports.PdfWriter.Geometry;

namespace Reports.Layout.Rendering;

/// <summary>
/// A placed logo as our PDF writer draws it: a PNG or JPEG as a raster image at its own resolution, an SVG
/// read by the SVG reader into vectors (a form). Each file is read once. The caller wraps the placement in
/// a Figure with the logo's alt text (cover) or an artifact (running header).
/// </summary>
internal static class LogoContent
{
    private static readonly ConcurrentDictionary<string, Lazy<SvgDrawing>> Drawings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<RasterImage>> Rasters = new(StringComparer.Ordinal);

    public static void Draw(PageCanvas canvas, Paging.PlacedImage placed)
    {
        var b = placed.Bounds;
        var target = new Geometry.Rect(b.X, b.Y, b.Width, b.Height);
        if (placed.Image.Kind == ImageKind.Svg)
            canvas.Place(new PlacedForm(Vector(placed.Image).ToForm(), target));
        else
            canvas.Place(new PdfWriter.Content.PlacedImage(Rasters.GetOrAdd(placed.Image.Path, path => new(() => RasterImage.FromFile(path))).Value, target));
    }

    /// <summary>An SVG logo as vector graphics (throws <see cref="SvgException"/> at the element the reader cannot draw).</summary>
    public static SvgDrawing Vector(LogoImage logo) =>
        Drawings.GetOrAdd(logo.Path, path => new(() => SvgReader.Read(File.ReadAllText(path), new NoText()))).Value;

    /// <summary>A logo's words must be outlines: the reader knows no fonts for a brand's lettering.</summary>
    private sealed class NoText : ISvgTextPainter
    {
        public Graphic? Paint(SvgText text) =>
            throw new SvgException($"a logo has text (\"{text.Text}\"); convert its lettering to outlines (paths) in the design tool", text.Line, text.Column);
    }
}
