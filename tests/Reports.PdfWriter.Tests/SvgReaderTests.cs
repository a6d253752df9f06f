using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Svg;

namespace Reports.PdfWriter.Tests;

public class SvgReaderTests
{
    [Fact]
    public void Basic_shapes_become_rectangles_lines_and_paths_with_their_paints()
    {
        var drawing = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">
              <rect x="1" y="2" width="30" height="20" fill="#0072B2"/>
              <line x1="0" y1="40" x2="100" y2="40" stroke="rgb(200, 210, 220)" stroke-width="0.5"/>
              <polygon points="0,0 10,0 10,10" fill="red" stroke="black" stroke-width="2"/>
              <circle cx="50" cy="25" r="5" fill="#abc"/>
              <rect x="0" y="0" width="0" height="10"/>
            </svg>
            """);

        var content = Flat(drawing);
        content.Count.ShouldBe(4);
        content[0].ShouldBe(new RectShape(new Rect(1, 2, 30, 20), RgbColor.FromHex("#0072B2")));
        content[1].ShouldBe(new LineShape(new Point(0, 40), new Point(100, 40), new RgbColor(200, 210, 220), 0.5));
        var polygon = content[2].ShouldBeOfType<PathShape>();
        polygon.Segments.ShouldBe([new MoveTo(new Point(0, 0)), new LineTo(new Point(10, 0)), new LineTo(new Point(10, 10)), new ClosePath()]);
        (polygon.Fill, polygon.Stroke, polygon.LineWidth).ShouldBe((new RgbColor(255, 0, 0), RgbColor.Black, 2.0));
        var circle = content[3].ShouldBeOfType<PathShape>();
        circle.Fill.ShouldBe(new RgbColor(0xAA, 0xBB, 0xCC));
        circle.Segments.OfType<CubicTo>().Count().ShouldBe(4);
        circle.Segments[0].ShouldBe(new MoveTo(new Point(55, 25)));
    }

    [Fact]
    public void Path_data_reads_every_command_absolute_and_relative()
    {
        var path = Flat(Read(Svg("""<path d="M10 10 h5 v5 H10 V12 l1,1 L20 20 q5 0 5 5 T30 30 c1 1 2 2 3 3 S40 40 41 41 z m1 1 z"/>"""))).Single().ShouldBeOfType<PathShape>();

        var s = path.Segments;
        s[0].ShouldBe(new MoveTo(new Point(10, 10)));
        s[1].ShouldBe(new LineTo(new Point(15, 10)));
        s[2].ShouldBe(new LineTo(new Point(15, 15)));
        s[3].ShouldBe(new LineTo(new Point(10, 15)));
        s[4].ShouldBe(new LineTo(new Point(10, 12)));
        s[5].ShouldBe(new LineTo(new Point(11, 13)));
        s[6].ShouldBe(new LineTo(new Point(20, 20)));
        ((CubicTo)s[7]).To.ShouldBe(new Point(25, 25));
        ((CubicTo)s[7]).Control1.X.ShouldBe(20 + (2.0 / 3 * 5), 1e-9);
        ((CubicTo)s[8]).To.ShouldBe(new Point(30, 30));
        s[9].ShouldBe(new CubicTo(new Point(31, 31), new Point(32, 32), new Point(33, 33)));
        s[10].ShouldBe(new CubicTo(new Point(34, 34), new Point(40, 40), new Point(41, 41)));
        s[11].ShouldBeOfType<ClosePath>();
        s[12].ShouldBe(new MoveTo(new Point(11, 11)));
    }

    [Fact]
    public void An_arc_becomes_cubics_that_pass_through_the_top_of_a_half_circle()
    {
        var path = Flat(Read(Svg("""<path d="M0 0 A10 10 0 0 1 20 0" fill="none" stroke="black"/>"""))).Single().ShouldBeOfType<PathShape>();

        var curves = path.Segments.OfType<CubicTo>().ToList();
        curves.Count.ShouldBe(2);
        curves[0].To.X.ShouldBe(10, 1e-9);
        curves[0].To.Y.ShouldBe(-10, 1e-9);
        curves[1].To.ShouldBe(new Point(20, 0));
    }

    [Theory]
    [InlineData(1, 7.0711, 2.9289)] // sweep 1 turns clockwise on the page: centre (0, 10)
    [InlineData(0, 2.9289, 7.0711)] // sweep 0 the other way: centre (10, 0)
    public void A_quarter_arc_bends_the_way_its_sweep_flag_says(int sweep, double midX, double midY)
    {
        var path = Flat(Read(Svg($"""<path d="M0 0 A10 10 0 0 {sweep} 10 10" fill="none" stroke="black"/>"""))).Single().ShouldBeOfType<PathShape>();

        var curve = path.Segments.OfType<CubicTo>().Single();
        curve.To.ShouldBe(new Point(10, 10));
        var mid = new Point(
            (0.125 * 0) + (0.375 * curve.Control1.X) + (0.375 * curve.Control2.X) + (0.125 * curve.To.X),
            (0.125 * 0) + (0.375 * curve.Control1.Y) + (0.375 * curve.Control2.Y) + (0.125 * curve.To.Y));
        mid.X.ShouldBe(midX, 0.01);
        mid.Y.ShouldBe(midY, 0.01);
    }

    [Fact]
    public void Groups_transforms_and_the_viewBox_stay_groups_and_place_their_content()
    {
        var drawing = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 20 10">
              <g transform="translate(2 3)" fill="blue">
                <rect width="4" height="2" transform="rotate(90)"/>
              </g>
            </svg>
            """);

        (drawing.Width, drawing.Height).ShouldBe((200.0, 100.0));
        var form = drawing.ToForm();
        var drawn = form.Flat().Single();
        drawn.Graphic.ShouldBe(new RectShape(new Rect(0, 0, 4, 2), new RgbColor(0, 0, 255)));
        var corner = drawn.Transform.Apply(new Point(4, 2));
        corner.X.ShouldBe(0, 1e-9);
        corner.Y.ShouldBe(70, 1e-9);
    }

    [Fact]
    public void Clip_paths_dashes_and_caps_are_kept_on_their_group()
    {
        var drawing = Read(Svg("""
              <defs><clipPath id="plot"><rect x="10" y="5" width="50" height="40"/></clipPath></defs>
              <g clip-path="url(#plot)"><rect width="100" height="100" fill="white"/></g>
              <path d="M0 0L10 0" stroke="black" style="stroke-dasharray: 3 2; stroke-linecap: round"/>
            """));

        var groups = ((GraphicGroup)drawing.Content[0]).Content.Cast<GraphicGroup>().ToList();
        groups[0].Clip.ShouldBe([new MoveTo(new Point(10, 5)), new LineTo(new Point(60, 5)), new LineTo(new Point(60, 45)), new LineTo(new Point(10, 45)), new ClosePath()]);
        groups[1].Line!.Dash.ShouldBe([3.0, 2.0]);
        groups[1].Line!.Cap.ShouldBe(LineCap.Round);
        groups[1].Line!.MiterLimit.ShouldBe(4);
    }

    [Fact]
    public void Text_reaches_the_painter_with_its_positions_font_and_whitespace_collapsed_as_SVG_does()
    {
        var painter = new RecordingPainter();

        SvgReader.Read(Svg("""
              <text fill="#1F2933" font-size="7.5" font-family="DejaVu Sans, 'Noto Sans'" text-anchor="middle" x="1, 5.5, 9" y="4">
                  Trade   volume
              </text>
            """), painter);

        var text = painter.Texts.Single();
        text.Text.ShouldBe("Trade volume");
        text.X.ShouldBe([1, 5.5, 9]);
        text.Y.ShouldBe([4.0]);
        text.Families.ShouldBe(["DejaVu Sans", "Noto Sans"]);
        (text.Size, text.Weight, text.Italic, text.Anchor).ShouldBe((7.5, 400, false, SvgTextAnchor.Middle));
        text.Fill.ShouldBe(RgbColor.FromHex("#1F2933"));
        text.Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("""<image href="logo.png" width="10" height="10"/>""", "the element <image> is not supported")]
    [InlineData("""<use href="#nowhere"/>""", "href=\"#nowhere\" does not name an element of this file")]
    [InlineData("""<g id="loop"><use href="#loop"/></g>""", "the use of #loop refers to itself")]
    [InlineData("""<rect width="10" height="10" opacity="0.5"/>""", "opacity=\"0.5\": transparency is not supported")]
    [InlineData("""<rect width="10" height="10" style="fill-opacity: 0.2"/>""", "fill-opacity=\"0.2\": transparency is not supported")]
    [InlineData("""<rect width="10" height="10" fill="url(#gradient)"/>""", "(a gradient or pattern) is not supported")]
    [InlineData("""<rect width="10" height="10" filter="url(#blur)"/>""", "the attribute filter=\"url(#blur)\" on <rect> is not supported")]
    [InlineData("""<style>g rect { fill: red }</style>""", "the CSS selector 'g rect' is not supported")]
    [InlineData("""<style>@media print { rect { fill: red } }</style>""", "is not supported (only rules of simple selectors)")]
    [InlineData("""<style>.a { filter: blur(2px) }</style>""", "the CSS declaration 'filter: blur(2px)' is not supported")]
    [InlineData("""<text>a<tspan>b</tspan></text>""", "<tspan> inside <text> is not supported")]
    [InlineData("""<path d="M0 0 L10"/>""", "expected a number, found the end of the data")]
    [InlineData("""<rect width="50%" height="10"/>""", "width=\"50%\" is not a length this reader supports")]
    [InlineData("""<rect width="10" height="10" transform="spin(3)"/>""", "'spin' with 1 numbers is not a transform")]
    public void Unsupported_or_malformed_SVG_is_an_error_naming_the_feature_and_its_line(string element, string problem)
    {
        var error = Should.Throw<SvgException>(() => Read(Svg(element)));

        error.Problem.ShouldContain(problem);
        error.Line.ShouldBe(2);
        error.Message.ShouldStartWith("line 2, column ");
    }

    [Fact]
    public void A_style_sheet_of_classes_styles_its_elements_between_attributes_and_the_style_attribute()
    {
        var drawing = Read(Svg("""
              <defs><style>/* as a design tool writes it */ .cls-1, .cls-2 { fill: #0072b2; } rect { fill: red; stroke: black } .cls-2 { fill: #e69f00 }</style></defs>
              <rect class="cls-1" width="10" height="10" fill="green"/>
              <rect class="cls-2 other" width="10" height="10"/>
              <rect class="cls-1" width="10" height="10" style="fill: white"/>
              <circle r="2" cx="5" cy="5"/>
            """));

        var shapes = Flat(drawing);
        ((RectShape)shapes[0]).Fill.ShouldBe(RgbColor.FromHex("#0072B2"));
        ((RectShape)shapes[0]).Stroke.ShouldBe(RgbColor.Black);
        ((RectShape)shapes[1]).Fill.ShouldBe(RgbColor.FromHex("#E69F00"));
        ((RectShape)shapes[2]).Fill.ShouldBe(RgbColor.White);
        ((PathShape)shapes[3]).Fill.ShouldBe(RgbColor.Black);
    }

    [Fact]
    public void A_use_draws_its_element_again_moved_by_x_and_y_with_the_uses_paint_inherited()
    {
        var drawing = Read("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50">
              <defs><path id="mark" d="M0 0 L4 0 L4 4 Z"/><symbol id="pair"><rect width="1" height="1"/><rect x="2" width="1" height="1"/></symbol></defs>
              <use xlink:href="#mark" x="10" y="20" fill="#009E73"/>
              <use href="#pair" y="5"/>
            </svg>
            """);

        var drawn = drawing.ToForm().Flat();
        drawn.Count.ShouldBe(3);
        drawn[0].Graphic.ShouldBeOfType<PathShape>().Fill.ShouldBe(RgbColor.FromHex("#009E73"));
        drawn[0].Transform.Apply(new Point(4, 4)).ShouldBe(new Point(14, 24));
        drawn[2].Transform.Apply(((RectShape)drawn[2].Graphic).Bounds is var r ? new Point(r.X, r.Y) : default).ShouldBe(new Point(2, 5));
    }

    [Fact]
    public void A_file_that_is_not_XML_is_an_error_at_its_place()
    {
        var error = Should.Throw<SvgException>(() => Read("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">\n<rect></svg>"));

        error.Problem.ShouldStartWith("not well-formed XML");
        error.Line.ShouldBe(2);
    }

    private static string Svg(string body) => $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">\n{body}\n</svg>";

    private static SvgDrawing Read(string svg) => SvgReader.Read(svg, new RecordingPainter());

    /// <summary>The drawing's graphics under its root group (the viewport), groups flattened.</summary>
    private static List<Graphic> Flat(SvgDrawing drawing) => [.. drawing.ToForm().Flat().Select(d => d.Graphic)];

    private sealed class RecordingPainter : ISvgTextPainter
    {
        public List<SvgText> Texts { get; } = [];

        public Graphic? Paint(SvgText text)
        {
            Texts.Add(text);
            return null;
        }
    }
}
