using Reports.Layout;
using Reports.Layout.Model;
using Reports.Layout.Paging;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.Text;

namespace Reports.Charts.Tests;

public class ChartPainterTests
{
    [Fact]
    public void The_seed_trade_chart_is_painted_with_exactly_its_ticks_categories_axis_title_and_data_labels_as_text()
    {
        var form = PaintedCharts.Paint(PaintedCharts.Seed()[0]);

        form.Texts().ShouldBe(
            ["USD 245 bn", "~USD 200 bn", "Trade volume, 2024", "Priority projects portfolio", "USD billion", "0", "50", "100", "150", "200", "250"],
            ignoreOrder: true);
    }

    [Fact]
    public void Chart_text_is_in_the_faces_layout_chose_for_each_group()
    {
        var chart = PaintedCharts.Seed()[0];
        var stack = FontStack.Create([]);

        var form = PaintedCharts.Paint(chart);

        Face(form, "250").ShouldBe(Of(stack, chart.Faces.Numbers));
        Face(form, "Trade volume, 2024").ShouldBe(Of(stack, chart.Faces.Categories));
        Face(form, "USD billion").ShouldBe(Of(stack, chart.Faces.ValueAxis));
        Face(form, "USD 245 bn").ShouldBe(Of(stack, chart.Faces.DataLabels[0]));
        // Every group is Latin, digits and signs Noto Sans has (no tick is negative): one font for the chart.
        form.Runs().Select(r => Path.GetFileName(r.Font.Path)).Distinct().ShouldBe(["NotoSans-Regular.ttf"]);
    }

    [Fact]
    public void Negative_ticks_keep_their_minus_sign_in_the_first_face_that_has_it()
    {
        // The ticks are the chart library's one group: a negative one's minus sign (U+2212), which Noto Sans
        // (Debian's 2020 build) lacks, takes the group to the first shipped family with it all, Noto Sans
        // Devanagari, whose Latin digits are Noto Sans's. The other groups stay in Noto Sans.
        var chart = Some.Chart(ChartKind.Bar, 1) with
        {
            Series = [new ChartSeriesData("Balance", [-40, 20, 60, -10, 30], [null, null, null, null, null])],
        };

        var form = PaintedCharts.Paint(Placed(chart));

        form.Texts().ShouldBe(["\u221240", "\u221220", "0", "20", "40", "60", "2019", "2020", "2021", "2022", "2023", "USD bn", "Year"], ignoreOrder: true);
        Path.GetFileName(Face(form, "\u221240").Path).ShouldBe("NotoSansDevanagari-Regular.ttf");
        Path.GetFileName(Face(form, "60").Path).ShouldBe("NotoSansDevanagari-Regular.ttf");
        Path.GetFileName(Face(form, "2019").Path).ShouldBe("NotoSans-Regular.ttf");
        Path.GetFileName(Face(form, "USD bn").Path).ShouldBe("NotoSans-Regular.ttf");
    }

    [SkippableFact]
    public void Each_group_of_chart_text_is_drawn_in_its_own_face_when_the_faces_differ()
    {
        // Cantarell (CFF outlines) first in the stack: it draws the Latin titles but no Armenian. The category
        // labels are one group of the chart library, given DejaVu Sans (which draws them all), but each label
        // is set by script run as body text is: the Armenian in the shipped Noto Sans Armenian, the "c" in Cantarell.
        Prerequisite.Require(File.Exists("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf"), "a CFF-outline font (fonts-cantarell)");
        var options = new LayoutOptions(PageSizeKind.A4, ["/usr/share/fonts/opentype/cantarell"]);
        var chart = Some.Chart(ChartKind.Bar, 1) with { Categories = ["Երևան", "Gyumri", "c", "d", "e"] };
        var placed = LaidOut.Of(Some.Undecorated(new ChartBlock(chart)), options).Pages[0].Boxes.OfType<PlacedChart>().Single();

        var form = PaintedCharts.Paint(placed, options);

        Path.GetFileName(Face(form, "Երևան").Path).ShouldBe("NotoSansArmenian-Regular.ttf");
        Path.GetFileName(Face(form, "c").Path).ShouldBe("Cantarell-Regular.otf");
        Path.GetFileName(Face(form, "USD bn").Path).ShouldBe("Cantarell-Regular.otf");
        Path.GetFileName(Face(form, "Year").Path).ShouldBe("Cantarell-Regular.otf");
        // Each text once: a stand-in ("0") never takes the place of the tick label "0".
        form.Texts().ShouldBe(["0", "20", "40", "60", "80", "100", "120", "50", "54", "71", "96", "121", "c", "d", "e", "Gyumri", "Երևան", "USD bn", "Year"], ignoreOrder: true);
    }

    [Fact]
    public void Chart_text_keeps_its_sizes_and_colours()
    {
        var form = PaintedCharts.Paint(PaintedCharts.Seed()[0]);

        Run(form, "250").Size.ShouldBe(7.5);
        Run(form, "250").Fill.ShouldBe(RgbColor.FromHex("#5F6B7A"));
        Run(form, "USD billion").Size.ShouldBe(8);
        Run(form, "USD 245 bn").Size.ShouldBe(7);
        Run(form, "USD 245 bn").Fill.ShouldBe(RgbColor.FromHex("#1F2933"));
        Run(form, "Trade volume, 2024").Size.ShouldBe(7.5);
    }

    [Fact]
    public void A_bar_of_245_on_an_axis_to_279_3_is_that_share_of_the_plot_height_in_the_first_series_colour()
    {
        var form = PaintedCharts.Paint(PaintedCharts.Seed()[0]);
        var (top, bottom) = ValueAxis(form);

        var bars = form.Filled("#0072B2").OrderBy(b => b.X).ToList();

        bars.Count.ShouldBe(2);
        bars[0].Height.ShouldBe(245 / 279.3 * (bottom - top), 1.0);
        bars[1].Height.ShouldBe(200 / 279.3 * (bottom - top), 1.0);
        bars[0].Bottom.ShouldBe(bottom, 0.5);
    }

    [Fact]
    public void Stacked_series_are_painted_in_their_palette_colours_one_on_the_other()
    {
        // The seed's gas chart: Power of Siberia 1 (31 bcm in both categories) under the Far Eastern route (10 bcm from 2027).
        var form = PaintedCharts.Paint(PaintedCharts.Seed()[1]);

        var first = form.Filled("#0072B2").OrderBy(b => b.X).ToList();
        var second = form.Filled("#E69F00").Single();

        first.Count.ShouldBe(2);
        second.X.ShouldBe(first[1].X, 0.01);
        second.Bottom.ShouldBe(first[1].Y, 0.01);
        (second.Height / first[1].Height).ShouldBe(10 / 31.0, 0.01);
        form.Texts().ShouldBe(["31 bcm", "31 bcm", "10 bcm", "Now (2025)", "From 2027", "billion cubic metres", "0", "10", "20", "30", "40"], ignoreOrder: true);
    }

    [Fact]
    public void Wrapped_category_labels_are_one_run_per_line_and_long_ones_run_vertically()
    {
        var months = new[] { "October 2023", "November 2023", "December 2023", "January 2024", "February 2024", "March 2024", "April 2024", "May 2024", "June 2024", "July 2024", "September 2024" };
        var wrapped = Placed(Some.Chart(ChartKind.Bar, 1) with
        {
            Categories = months,
            Series = [new ChartSeriesData("Only", [.. months.Select(_ => (double?)1)], [.. months.Select(_ => (string?)null)])],
        });
        var names = new[] { "Argentina", "Australia", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica", "Denmark", "Ecuador", "Fiji", "France", "Ghana", "Greece", "Iceland" };
        var vertical = Placed(Some.Chart(ChartKind.Bar, 1) with
        {
            Categories = names,
            Series = [new ChartSeriesData("Only", [.. names.Select(_ => (double?)2)], [.. names.Select(_ => (string?)null)])],
        });

        var wrappedForm = PaintedCharts.Paint(wrapped);
        var verticalForm = PaintedCharts.Paint(vertical);

        wrapped.CategoryLabels.ShouldContain("September\n2024");
        wrappedForm.Texts().Where(t => t.Contains("20")).ShouldBe(["2023", "2023", "2023", "2024", "2024", "2024", "April 2024", "May 2024", "June 2024", "July 2024", "2024"], ignoreOrder: true);
        wrappedForm.Texts().ShouldContain("September");
        var september = wrappedForm.Origin("September");
        var below = wrappedForm.Flat().Where(d => d.Graphic is GlyphRun { Text: "2024" }).Select(d => d.Transform.Apply(((GlyphRun)d.Graphic).Origin)).MaxBy(p => p.X);
        below.Y.ShouldBeGreaterThan(september.Y + 5);
        vertical.CategoryLabelsVertical.ShouldBeTrue();
        var turn = verticalForm.TransformOf("Argentina");
        (turn.A, turn.B, turn.C, turn.D).ShouldBe((0.0, -1.0, 1.0, 0.0));
    }

    [Fact]
    public void A_painted_chart_holds_only_vectors_and_glyph_runs()
    {
        foreach (var chart in PaintedCharts.Seed())
        {
            var form = PaintedCharts.Paint(chart);

            form.Width.ShouldBe(chart.Bounds.Width);
            form.Height.ShouldBe(chart.Bounds.Height);
            form.Flat().Select(d => d.Graphic.GetType().Name).Distinct().ShouldBeSubsetOf(["RectShape", "PathShape", "LineShape", "GlyphRun"]);
        }
    }

    private static GlyphRun Run(Form form, string text) => form.Runs().Single(r => r.Text == text);

    private static FontFace Face(Form form, string text) => Run(form, text).Font;

    private static FontFace Of(FontStack stack, FaceKey key) => new(stack.Face(key).Path, stack.Face(key).Index);

    /// <summary>The value axis line (ScottPlot's left frame): from the plot area's bottom to its top.</summary>
    private static (double Top, double Bottom) ValueAxis(Form form)
    {
        var axis = form.Flat().Select(d => d.Graphic).OfType<PathShape>()
            .Where(p => p.Segments is [MoveTo m, LineTo l] && m.To.X == l.To.X && m.To.Y != l.To.Y)
            .Select(p => (((MoveTo)p.Segments[0]).To, ((LineTo)p.Segments[1]).To))
            .Single();
        return (Math.Min(axis.Item1.Y, axis.Item2.Y), Math.Max(axis.Item1.Y, axis.Item2.Y));
    }

    private static PlacedChart Placed(ChartDescription chart) =>
        LaidOut.Of(Some.Undecorated(new ChartBlock(chart))).Pages[0].Boxes.OfType<PlacedChart>().Single();
}
