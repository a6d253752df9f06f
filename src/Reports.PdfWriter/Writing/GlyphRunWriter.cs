using System.Runtime.CompilerServices;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Fonts;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Writes a shaped run as one text object: <c>BT /F1 size Tf rgb Tm [&lt;cid…&gt; adj …] TJ ET</c>. Each glyph
/// lands exactly where HarfBuzz put it: the pen moves by the font's own width (the <c>/W</c> value), and a TJ
/// adjustment makes up the difference to the shaped advance and x offset; a y offset becomes a text rise
/// (<c>Ts</c>). Adjustments are rounded as written and the pen follows the rounded values, so error never adds up.
/// A synthetic bold (<see cref="GlyphRun.Emboldening"/>) is the same text object filled and stroked
/// (<c>2 Tr</c>) in <c>q … Q</c>, so its render mode, line width and stroke colour end with it.
/// </summary>
internal static class GlyphRunWriter
{
    /// <param name="order">The glyphs' text order when it is not their own (<see cref="DrawOrder"/>): each is
    /// still placed where HarfBuzz put it, so the adjustments then also move the pen back to the left.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(PdfBuffer content, GlyphRun run, EmbeddedFont font, double spaceHeight, int[]? order = null)
    {
        var g = run.Glyphs;
        var toThousandths = 1000.0 / g.UnitsPerEm;
        var bold = run.Emboldening > 0;
        if (bold)
        {
            content.Raw("q ");
            Color.Stroke(content, run.Fill);
            content.Number(run.Emboldening).Raw(" w 2 Tr ");
        }

        content.Raw("BT /").Raw(font.ResourceName).Space().Number(run.Size).Raw(" Tf ");
        Color.Fill(content, run.Fill);
        content.Raw("1 0 0 1 ").Number(run.Origin.X).Space().Number(spaceHeight - run.Origin.Y).Raw(" Tm\n[");

        // Pen and target in thousandths of an em, rounded per glyph as /W is, so a glyph whose shaped
        // advance is the font's own needs no adjustment at all.
        double pen = 0, target = 0, rise = 0;
        var open = false;
        var starts = order is null ? null : Starts(g, toThousandths);
        for (var k = 0; k < g.Count; k++)
        {
            var i = order is null ? k : order[k];
            var x = (starts is null ? target : starts[i]) + EmbeddedFont.Round(g.OffsetsX[i] * toThousandths);
            var y = EmbeddedFont.Round(g.OffsetsY[i] * run.Size / g.UnitsPerEm);
            if (y != rise)
            {
                content.Raw(open ? ">] TJ " : "] TJ ").Number(y).Raw(" Ts\n[");
                (open, rise) = (false, y);
            }

            var adjustment = EmbeddedFont.Round(pen - x);
            if (adjustment != 0)
            {
                content.Raw(open ? ">" : "").Number(adjustment);
                open = false;
                pen -= adjustment;
            }

            if (!open)
            {
                content.Byte((byte)'<');
                open = true;
            }

            content.Hex16(g.Ids[i]);
            pen += font.Width(g.Ids[i]);
            target += EmbeddedFont.Round(g.Advances[i] * toThousandths);
        }

        content.Raw(open ? ">] TJ" : "] TJ").Raw(rise != 0 ? " 0 Ts ET\n" : " ET\n");
        if (bold)
            content.Raw("Q\n");
    }

    /// <summary>Each glyph's pen position in visual order, in thousandths, rounded as the in-order loop rounds it.</summary>
    private static double[] Starts(ShapedGlyphs g, double toThousandths)
    {
        var starts = new double[g.Count];
        double target = 0;
        for (var i = 0; i < g.Count; i++)
        {
            starts[i] = target;
            target += EmbeddedFont.Round(g.Advances[i] * toThousandths);
        }

        return starts;
    }
}
