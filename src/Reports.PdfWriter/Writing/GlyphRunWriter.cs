using System.Runtime.CompilerServices;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Fonts;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Writes a shaped run as one text object: <c>BT /F1 size Tf rgb Tm [&lt;cid…&gt; adj …] TJ ET</c>. Each glyph
/// lands exactly where HarfBuzz put it: the pen moves by the font's own width (the <c>/W</c> value), and a TJ
/// adjustment makes up the difference to the shaped advance and x offset; a y offset becomes a text rise
/// (<c>Ts</c>). Adjustments are rounded as written and the pen follows the rounded values, so error never adds up.
/// </summary>
internal static class GlyphRunWriter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(PdfBuffer content, GlyphRun run, EmbeddedFont font, double spaceHeight)
    {
        var g = run.Glyphs;
        var scale = run.Size / g.UnitsPerEm;
        content.Raw("BT /").Raw(font.ResourceName).Space().Number(run.Size).Raw(" Tf ");
        Color.Fill(content, run.Fill);
        content.Raw("1 0 0 1 ").Number(run.Origin.X).Space().Number(spaceHeight - run.Origin.Y).Raw(" Tm\n[");

        double pen = 0, target = 0, rise = 0;
        var open = false;
        for (var i = 0; i < g.Count; i++)
        {
            var x = target + (g.OffsetsX[i] * scale);
            var y = EmbeddedFont.Round(g.OffsetsY[i] * scale);
            if (y != rise)
            {
                content.Raw(open ? ">] TJ " : "] TJ ").Number(y).Raw(" Ts\n[");
                (open, rise) = (false, y);
            }

            var adjustment = EmbeddedFont.Round((pen - x) * 1000 / run.Size);
            if (adjustment != 0)
            {
                content.Raw(open ? ">" : "").Number(adjustment);
                open = false;
                pen -= adjustment * run.Size / 1000;
            }

            if (!open)
            {
                content.Byte((byte)'<');
                open = true;
            }

            content.Hex16(g.Ids[i]);
            pen += font.Width(g.Ids[i]) * run.Size / 1000;
            target += g.Advances[i] * scale;
        }

        content.Raw(open ? ">] TJ" : "] TJ").Raw(rise != 0 ? " 0 Ts ET\n" : " ET\n");
    }
}
