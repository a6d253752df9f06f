using System.Collections.Concurrent;
using Reports.Layout.Model;
using Reports.PdfWriter;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Svg;
using Geometry = Reports.PdfWriter.Geometry;

namespace Reports.Pdf;

/// <summary>
/// A placed logo as our PDF writer draws it: a PNG or JPEG as a raster image at its own resolution, an SVG
/// read by the SVG reader into vectors (a form). Each file is read once. The caller wraps the placement in
/// a Figure with the logo's alt text (cover) or an artifact (running header).
/// </summary>
internal static class LogoContent
{
    private static readonly ConcurrentDictionary<string, Lazy<SvgDrawing>> Drawings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<RasterImage>> Rasters = new(StringComparer.Ordinal);

    public static void Draw(PageCanvas canvas, Reports.Layout.Paging.PlacedImage placed)
    {
        var b = placed.Bounds;
        var target = new Geometry.Rect(b.X, b.Y, b.Width, b.Height);
        if (placed.Image.Kind == ImageKind.Svg)
            canvas.Place(new PlacedForm(Vector(placed.Image).ToForm(), target));
        else
            canvas.Place(new PdfWriter.Content.PlacedImage(Rasters.GetOrAdd(Key(placed.Image.Path), _ => new(() => RasterImage.FromFile(placed.Image.Path))).Value, target));
    }

    /// <summary>An SVG logo as vector graphics (throws <see cref="SvgException"/> at the element the reader cannot draw).</summary>
    public static SvgDrawing Vector(LogoImage logo) =>
        Drawings.GetOrAdd(Key(logo.Path), _ => new(() => SvgReader.Read(File.ReadAllText(logo.Path), new NoText()))).Value;

    /// <summary>A file's cache key: its path, time and length, so a logo edited between two runs in one process is read again.</summary>
    public static string Key(string path)
    {
        var file = new FileInfo(path);
        return $"{file.FullName}|{file.LastWriteTimeUtc.Ticks}|{(file.Exists ? file.Length : -1)}";
    }

    /// <summary>A logo's words must be outlines: the reader knows no fonts for a brand's lettering.</summary>
    private sealed class NoText : ISvgTextPainter
    {
        public Graphic? Paint(SvgText text) =>
            throw new SvgException($"a logo has text (\"{text.Text}\"); convert its lettering to outlines (paths) in the design tool", text.Line, text.Column);
    }
}
