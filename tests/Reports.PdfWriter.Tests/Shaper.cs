using System.Collections.Concurrent;
using HarfBuzzSharp;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Buffer = HarfBuzzSharp.Buffer;

namespace Reports.PdfWriter.Tests;

/// <summary>Shapes test text with HarfBuzz into glyph runs, as the layout engine does before it draws.</summary>
internal static class Shaper
{
    private static readonly ConcurrentDictionary<FontFace, (Font Font, int UnitsPerEm)> Fonts = new();

    /// <summary>A run of <paramref name="text"/> with its baseline's left end at (x, y). Ligatures are on unless turned off.</summary>
    public static GlyphRun Run(FontFace face, string text, double x, double y, double size = 12, bool ligatures = true, RgbColor? color = null)
    {
        var (font, upem) = Fonts.GetOrAdd(face, Load);
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer, ligatures ? [] : [Feature.Parse("-liga"), Feature.Parse("-clig")]);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ShapedGlyphs(
            [.. infos.ToArray().Select(i => i.Codepoint)],
            [.. positions.ToArray().Select(p => p.XAdvance)],
            [.. positions.ToArray().Select(p => p.XOffset)],
            [.. positions.ToArray().Select(p => p.YOffset)],
            [.. infos.ToArray().Select(i => (int)i.Cluster)],
            upem);
        return new GlyphRun(face, size, color ?? RgbColor.Black, new Point(x, y), glyphs, text);
    }

    /// <summary>The width of a run in points.</summary>
    public static double Width(GlyphRun run) => run.Glyphs.Advances.Sum() * run.Size / run.Glyphs.UnitsPerEm;

    private static (Font, int) Load(FontFace face)
    {
        var blob = Blob.FromFile(face.Path);
        var hbFace = new Face(blob, face.Index);
        var font = new Font(hbFace);
        font.SetScale(hbFace.UnitsPerEm, hbFace.UnitsPerEm);
        return (font, hbFace.UnitsPerEm);
    }
}
