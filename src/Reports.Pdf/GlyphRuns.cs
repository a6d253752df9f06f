using System.Runtime.CompilerServices;
using Reports.Layout.Paging;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.Text;

namespace Reports.Pdf;

/// <summary>
/// Placed text as the writer's glyph runs: the face file layout shaped with (the writer subsets it and maps
/// each glyph to its text through the clusters), HarfBuzz's advances and offsets in font units, the run's text.
/// A run that ends a line before a swallowed space gets a space glyph after its ink (invisible, in no width),
/// so the words either side of the break read apart. Bold text in a face without a bold (the shipped CJK subset
/// has one weight) is emboldened: see <see cref="Emboldening"/>.
/// </summary>
internal sealed class GlyphRuns(FontStack stack)
{
    private readonly Dictionary<FaceKey, (FontFace Face, uint Space, int SpaceAdvance)> faces = [];
    private readonly Dictionary<string, RgbColor> colors = new(StringComparer.Ordinal);

    /// <summary>
    /// The writer's glyphs and text of the last runs drawn, a slot per run (by identity) and space: layout gives a
    /// text it meets again the same runs (an appendix's units, periods, kinds), so they are drawn from one copy.
    /// </summary>
    private readonly (TextRun? Run, bool SpaceAfter, ShapedGlyphs Glyphs, string Text)[] drawn = new (TextRun?, bool, ShapedGlyphs, string)[256];

    public GlyphRun Of(PlacedText text)
    {
        var run = text.Run;
        var (face, space, spaceAdvance) = Face(run.Face);
        var (shaped, spelled) = Glyphs(run, text.SpaceAfter && space != 0 && run.Clusters.Length == run.Glyphs.Length, space, spaceAdvance);
        var origin = new Point(text.Bounds.X, text.Bounds.Y + text.Baseline);
        return new GlyphRun(face, text.FontSize, Color(text.Color), origin, shaped, spelled)
        {
            Emboldening = run.Style.Variant.IsBold() && !run.Face.Variant.IsBold() ? text.FontSize * Emboldening : 0,
        };
    }

    private (ShapedGlyphs Glyphs, string Text) Glyphs(TextRun run, bool spaceAfter, uint space, int spaceAdvance)
    {
        ref var slot = ref drawn[((RuntimeHelpers.GetHashCode(run) & 0xFFFF) + (spaceAfter ? 1 : 0)) % 256];
        if (ReferenceEquals(slot.Run, run) && slot.SpaceAfter == spaceAfter)
            return (slot.Glyphs, slot.Text);
        var glyphs = spaceAfter
            ? new ShapedGlyphs([.. run.Glyphs, space], [.. run.Advances, spaceAdvance], [.. run.OffsetsX, 0], [.. run.OffsetsY, 0], [.. run.Clusters, run.Text.Length], run.UnitsPerEm)
            : new ShapedGlyphs(run.Glyphs, run.Advances, run.OffsetsX, run.OffsetsY, run.Clusters, run.UnitsPerEm);
        slot = (run, spaceAfter, glyphs, spaceAfter ? run.Text + " " : run.Text);
        return (slot.Glyphs, slot.Text);
    }

    /// <summary>
    /// The stroke width, in ems, of a synthetic bold (the glyphs filled and stroked, text render mode 2). Why
    /// synthetic: the shipped CJK subset is 7 MB and fonts/ is at its 12 MB budget, so a bold subset of the same
    /// 14,867 characters does not fit; subsetting both weights to a smaller common set would drop characters a
    /// summit needs (the rarer hanzi and hangul of GB 2312, Big5 and KS X 1001); and a system bold face would make
    /// the bytes depend on the machine. 0.035 em thickens a stem of Noto Sans CJK Regular (about 0.07 em) by half,
    /// near Noto Sans CJK Bold's, without closing the counters of a dense ideograph at body sizes.
    /// </summary>
    internal const double Emboldening = 0.035;

    public RgbColor Color(string hex)
    {
        if (!colors.TryGetValue(hex, out var color))
        {
            color = RgbColor.FromHex(hex);
            colors[hex] = color;
        }

        return color;
    }

    /// <summary>One instance per face, so the writer finds the font of a run without hashing its path; with its space glyph.</summary>
    private (FontFace Face, uint Space, int SpaceAdvance) Face(FaceKey key)
    {
        if (!faces.TryGetValue(key, out var face))
        {
            var file = stack.Face(key);
            FontFileHashes.Prefetch(file.Path); // the manifest's list of fonts, at the end, finds it hashed
            var space = file.Font.TryGetNominalGlyph(' ', out var glyph) ? glyph : 0;
            face = (new FontFace(file.Path, file.Index), space, space == 0 ? 0 : file.Font.GetHorizontalGlyphAdvance(space));
            faces[key] = face;
        }

        return face;
    }
}
