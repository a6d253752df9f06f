using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.PdfWriter.Content;
using UglyToad.PdfPig;

namespace Reports.Charts.Tests;

/// <summary>
/// Chart labels set by script run, as body text is: each script of a label in its own font, read back per
/// glyph from the written page, and the label placed where the chart library put it (centred on its bar).
/// </summary>
public sealed class MixedFontChartLabelTests
{
    static readonly string[] Arabic = ["1.6 مليون", "~1.2 مليون", "3 مليار", "4 مليار", "5 مليار"];

    [Fact]
    public void A_data_label_of_Arabic_scale_words_and_a_tilde_draws_the_words_in_Noto_Sans_Arabic_and_the_tilde_in_Noto_Sans()
    {
        var placed = Placed(Some.Chart(ChartKind.Bar, 1) with { Series = [Series(Arabic)] });

        var letters = Letters(placed);

        var tilde = letters.Where(l => l.Value == "~").ShouldHaveSingleItem();
        tilde.FontName.ShouldEndWith("+NotoSans-Regular");
        var sameLine = letters.Where(l => Math.Abs(l.StartBaseLine.Y - tilde.StartBaseLine.Y) < 0.01).ToList();
        sameLine.Where(l => l.Value.Any(c => c is >= '\u0600' and <= '\u06FF')).Select(l => Face(l)).Distinct().ShouldBe(["NotoSansArabic-Regular"]);
        sameLine.Where(l => l.Value is "1" or "2" or ".").Count().ShouldBe(3);
    }

    [Fact]
    public void A_category_label_of_Latin_and_Chinese_draws_the_Latin_in_Noto_Sans_and_the_ideographs_in_the_CJK_font()
    {
        var placed = Placed(Some.Chart(ChartKind.Bar, 1) with { Categories = ["Russia → 中国", "中国 → Russia", "c", "d", "e"] });

        var letters = Letters(placed);

        letters.Where(l => l.Value is "R" or "u" or "s" or "i" or "a").Select(l => Face(l)).Distinct().ShouldBe(["NotoSans-Regular"]);
        letters.Where(l => l.Value is "中" or "国").Select(l => Face(l)).Distinct().ShouldBe(["NotoSansCJKsc-Regular"]); // the shipped subset keeps its PostScript name
        letters.Count(l => l.Value == "中").ShouldBe(2);
    }

    [Fact]
    public void A_label_set_in_several_fonts_is_centred_on_its_bar_where_the_chart_library_put_its_stand_in()
    {
        var placed = Placed(Some.Chart(ChartKind.Bar, 1) with { Series = [Series(Arabic)] });
        var form = PaintedCharts.Paint(placed);
        var bars = form.Filled(placed.SeriesColor(0)).OrderBy(b => b.X).ToList();

        var label = form.Flat().Where(d => d.Graphic is GlyphRun).ToList();
        var tilde = label.Single(d => ((GlyphRun)d.Graphic).Text == "~");
        var line = label.Where(d => Math.Abs(d.Transform.Apply(((GlyphRun)d.Graphic).Origin).Y - tilde.Transform.Apply(((GlyphRun)tilde.Graphic).Origin).Y) < 0.01).ToList();
        var left = line.Min(d => d.Transform.Apply(((GlyphRun)d.Graphic).Origin).X);
        var right = line.Max(d => d.Transform.Apply(((GlyphRun)d.Graphic).Origin).X + Width((GlyphRun)d.Graphic));

        // left to right as drawn (the runs themselves come in reading order, the Arabic word last)
        line.OrderBy(d => d.Transform.Apply(((GlyphRun)d.Graphic).Origin).X).Select(d => ((GlyphRun)d.Graphic).Text).ShouldBe([" مليون", "1.2", "~"]);
        ((left + right) / 2).ShouldBe(bars[1].X + (bars[1].Width / 2), 0.5);
    }

    [Fact]
    public void The_chart_library_measures_a_stand_in_as_wide_as_the_label_drawn_to_within_one_digit()
    {
        var placed = Placed(Some.Chart(ChartKind.Bar, 1) with { Series = [Series(Arabic)] });
        var shaper = new Reports.Text.TextShaper(Reports.Text.FontStack.Create([]));
        var standIns = new Charts.ChartStandIns(new Reports.Text.TextEngine(shaper), placed);
        var face = placed.Faces.DataLabels[0];

        var standIn = standIns.For(face, "~1.2 مليون");
        var drawn = standIns.Set(standIns.Find(face, standIn)!).Width;
        var file = shaper.Stack.Face(face);
        using var typeface = SkiaSharp.SKTypeface.FromFile(file.Path, file.Index);
        using var font = new SkiaSharp.SKFont(typeface, 7) { Subpixel = true, LinearMetrics = true, Hinting = SkiaSharp.SKFontHinting.None };

        // Every label: each starts with Latin digits that body text sets in Noto Sans, not the group's Noto Sans Arabic.
        standIns.Count.ShouldBe(5);
        standIn.ShouldAllBe(c => char.IsAsciiDigit(c));
        standIns.For(face, "USD bn").ShouldBe("USD bn");
        font.MeasureText(standIn).ShouldBe((float)drawn, font.MeasureText("0"));
    }

    [Fact]
    public void A_stand_in_never_takes_the_place_of_a_tick_label_that_reads_the_same()
    {
        // The category group is drawn by the chart library in the CJK font (it has all of it); "c" is set in Noto
        // Sans, so it is the first stand-in, one digit wide: "0", which is also the value axis's first tick.
        var placed = Placed(Some.Chart(ChartKind.Bar, 1) with { Categories = ["c", "中国", "Russia", "d", "e"] });

        var texts = PaintedCharts.Paint(placed).Texts();

        texts.Count(t => t == "0").ShouldBe(1);
        texts.Count(t => t == "c").ShouldBe(1);
    }

    static ChartSeriesData Series(string[] labels) => new("Visitors", [1.6, 1.2, 3, 4, 5], labels);

    static PlacedChart Placed(ChartDescription chart) =>
        LaidOut.Of(Some.Undecorated(new ChartBlock(chart))).Pages[0].Boxes.OfType<PlacedChart>().Single();

    static List<UglyToad.PdfPig.Content.Letter> Letters(PlacedChart placed)
    {
        using var pdf = PdfDocument.Open(ChartPage.Write(placed).Bytes);
        return [.. pdf.GetPage(1).Letters];
    }

    /// <summary>The font a letter is drawn with, without its subset tag ("ABCDEF+").</summary>
    static string Face(UglyToad.PdfPig.Content.Letter letter) => letter.FontName![(letter.FontName!.IndexOf('+') + 1)..];

    static double Width(GlyphRun run) => run.Glyphs.Advances.Sum() * run.Size / run.Glyphs.UnitsPerEm;
}
