using Reports.Layout.Paging;
using Reports.Layout.Text;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.Layout.Rendering;

/// <summary>
/// Placed text as the writer's glyph runs: the face file layout shaped with (the writer subsets it and maps
/// each glyph to its text through the clusters), HarfBuzz's advances and offsets in font units, the run's text.
/// </summary>
internal sealed class GlyphRuns(FontStack stack)
{
    private readonly Dictionary<FaceKey, FontFace> faces = [];
    private readonly Dictionary<string, RgbColor> colors = new(StringComparer.Ordinal);

    public GlyphRun Of(PlacedText text)
    {
        var run = text.Run;
        var shaped = new ShapedGlyphs(run.Glyphs, run.Advances, run.OffsetsX, run.OffsetsY, run.Clusters, run.UnitsPerEm);
        var origin = new Point(text.Bounds.X, text.Bounds.Y + text.Baseline);
        return new GlyphRun(Face(run.Face), text.FontSize, Color(text.Color), origin, shaped, run.Text);
    }

    public RgbColor Color(string hex)
    {
        if (!colors.TryGetValue(hex, out var color))
        {
            color = RgbColor.FromHex(hex);
            colors[hex] = color;
        }

        return color;
    }

    /// <summary>One instance per face, so the writer finds the font of a run without hashing its path.</summary>
    private FontFace Face(FaceKey key)
    {
        if (!faces.TryGetValue(key, out var face))
        {
            var file = stack.Face(key);
            face = new FontFace(file.Path, file.Index);
            faces[key] = face;
        }

        return face;
    }
}
