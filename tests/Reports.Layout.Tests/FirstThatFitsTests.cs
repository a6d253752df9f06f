using Reports.Layout.Model;

namespace Reports.Layout.Tests;

public class FirstThatFitsTests
{
    [Fact]
    public void The_first_choice_that_fits_a_page_is_laid_out_and_the_others_leave_no_trace()
    {
        var tooLong = new Paragraph(Span.Plain("Too long " + Some.Words(1200)));
        var fits = new Paragraph(Span.Plain("Fits " + Some.Words(40)));
        var alsoFits = new Paragraph(Span.Plain("Also fits " + Some.Words(20)));
        var choices = new FirstThatFits([[new Heading(1, Span.Plain("Cover"), "cover"), tooLong], [new Heading(1, Span.Plain("Cover"), "cover"), fits], [alsoFits]]);

        var layout = LaidOut.Of(Some.Undecorated(choices, Some.Paragraph("After")));

        layout.Pages[0].Lines(0)[0].ShouldBe("Cover");
        layout.Pages[0].Lines(0)[1].ShouldStartWith("Fits ");
        layout.Pages.SelectMany(p => p.Lines(0)).ShouldNotContain(l => l.StartsWith("Too long", StringComparison.Ordinal) || l.StartsWith("Also fits", StringComparison.Ordinal));
        layout.AnchorPages["cover"].ShouldBe(1);
    }

    [Fact]
    public void Only_the_part_before_a_page_break_has_to_fit_and_it_stays_on_one_page()
    {
        var page = new List<Block> { Some.Paragraph(Some.Words(300)), Some.Paragraph(Some.Words(200)) };
        var choices = new FirstThatFits([[.. page, Some.Table(80)], [.. page, new PageBreak(), Some.Table(80)], [Some.Paragraph("Last")]]);

        var layout = LaidOut.Of(Some.Undecorated(choices));

        layout.Pages[0].Texts().ShouldNotContain(t => t.Text.StartsWith("Row ", StringComparison.Ordinal));
        layout.Pages[1].Texts().ShouldContain(t => t.Text == "Row 1 item");
    }

    [Fact]
    public void When_no_choice_fits_the_last_one_flows_across_pages()
    {
        var choices = new FirstThatFits([[Some.Paragraph("A " + Some.Words(1500))], [Some.Paragraph("B " + Some.Words(1500))]]);

        var layout = LaidOut.Of(Some.Undecorated(choices));

        layout.Pages.Count.ShouldBeGreaterThan(1);
        layout.Pages[0].Lines(0)[0].ShouldStartWith("B ");
    }
}
