using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;

namespace Reports.PdfWriter.Tests;

/// <summary>Graphic groups: a saved state whose transform, clip and line style apply to their content only.</summary>
public sealed class GroupTests
{
    [SkippableFact]
    public void Text_in_a_turned_group_runs_up_the_page_from_where_the_transform_puts_its_origin()
    {
        Some.RequireFonts();
        var turned = new GraphicGroup([Shaper.Run(Some.Sans, "Trade", 0, 0)]) { Transform = new Matrix(0, -1, 1, 0, 100, 300) };
        var document = Written.Page((page, root) => Tagged(page, root, turned));

        using var pdf = document.Open();
        var letters = pdf.GetPage(1).Letters;
        string.Concat(letters.Select(l => l.Value)).ShouldBe("Trade");
        letters[0].StartBaseLine.X.ShouldBe(100, 0.001);
        letters[0].StartBaseLine.Y.ShouldBe(841.89 - 300, 0.001);
        letters[1].StartBaseLine.X.ShouldBe(100, 0.001);
        letters[1].StartBaseLine.Y.ShouldBeGreaterThan(letters[0].StartBaseLine.Y + 5);
    }

    [SkippableFact]
    public void A_group_with_an_opacity_sets_a_shared_graphics_state_of_that_constant_alpha_and_the_page_lists_it()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Tagged(page, root, new GraphicGroup([Shaper.Run(Some.Sans, "DRAFT", 72, 300)]) { Opacity = 0.25 });
            Tagged(page, root, new GraphicGroup([Shaper.Run(Some.Sans, "COPY", 72, 400)]) { Opacity = 0.25 });
            Tagged(page, root, new GraphicGroup([Shaper.Run(Some.Sans, "Body", 72, 500)]));
        });

        using var pdf = document.Open();
        var objects = new PdfObjects(pdf);
        var page = objects.Page(1);
        var states = objects.Dictionary(objects.Dictionary(page, "Resources"), "ExtGState");
        states.Data.Keys.ShouldBe(["GA1"]);
        var state = objects.Dictionary(states, "GA1");
        objects.Name(state, "Type").ShouldBe("ExtGState");
        ((UglyToad.PdfPig.Tokens.NumericToken)objects.Get(state, "ca")!).Double.ShouldBe(0.25);
        ((UglyToad.PdfPig.Tokens.NumericToken)objects.Get(state, "CA")!).Double.ShouldBe(0.25);
        var content = System.Text.Encoding.Latin1.GetString(PdfObjects.Data(objects.Stream(page, "Contents")));
        content.Split("q\n/GA1 gs\n").Length.ShouldBe(3);
        document.Result.Errors.ShouldBeEmpty();
    }

    [SkippableFact]
    public void A_page_without_opacity_has_no_graphics_states()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Tagged(page, root, new GraphicGroup([Shaper.Run(Some.Sans, "Body", 72, 500)])));

        using var pdf = document.Open();
        var objects = new PdfObjects(pdf);
        objects.Dictionary(objects.Page(1), "Resources").Data.ContainsKey("ExtGState").ShouldBeFalse();
    }

    [SkippableFact]
    public void A_translated_group_in_a_form_moves_its_text_by_the_translation()
    {
        Some.RequireFonts();
        var form = new Form(200, 100, [new GraphicGroup([Shaper.Run(Some.Sans, "245", 10, 20)]) { Transform = Matrix.Translate(30, 40) }]);
        var document = Written.Page((page, root) =>
        {
            var id = page.StartTagged(TagKind.Figure);
            page.Place(new PlacedForm(form, new Rect(72, 100, 200, 100)));
            page.EndTagged();
            root.Open(Tag.Figure("The figure 245", new Rect(72, 100, 200, 100))).Add(id);
        });

        using var pdf = document.Open();
        var first = pdf.GetPage(1).Letters[0];
        first.StartBaseLine.X.ShouldBe(72 + 30 + 10, 0.001);
        first.StartBaseLine.Y.ShouldBe(841.89 - (100 + 40 + 20), 0.001);
    }

    [Fact]
    public void A_group_writes_its_state_inside_q_and_Q_clip_and_dashes_included()
    {
        var group = new GraphicGroup([new LineShape(new Point(0, 10), new Point(50, 10), RgbColor.Black, 1)])
        {
            Clip = [new MoveTo(new Point(0, 0)), new LineTo(new Point(20, 0)), new LineTo(new Point(20, 20)), new ClosePath()],
            Line = new LineStyle(LineCap.Round, LineJoin.Bevel, 4, [3, 2]),
        };
        var document = Written.Page((page, root) =>
        {
            page.StartArtifact(Artifact.Layout);
            page.Draw(group);
            page.EndArtifact();
        });

        using var pdf = document.Open();
        var operators = pdf.GetPage(1).Operations.Select(o => o.Operator).ToList();
        var save = operators.IndexOf("q");
        operators.Skip(save).TakeWhile(o => o != "Q").ShouldBe(["q", "m", "l", "l", "h", "W", "n", "J", "j", "M", "d", "RG", "w", "m", "l", "S"]);
        operators.Count(o => o == "Q").ShouldBe(operators.Count(o => o == "q"));
    }

    private static void Tagged(PageCanvas page, TagGroup root, Graphic graphic)
    {
        var id = page.StartTagged(TagKind.P);
        page.Draw(graphic);
        page.EndTagged();
        root.Open(Tag.P).Add(id);
    }
}
