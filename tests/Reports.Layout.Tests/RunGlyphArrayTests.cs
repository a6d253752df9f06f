namespace Reports.Layout.Tests;

/// <summary>
/// A run's clusters and x offsets are shared arrays when they are 0, 1, 2… and zeros (most runs): the runs that
/// are neither keep their own values, long lines included.
/// </summary>
public class RunGlyphArrayTests
{
    [Fact]
    public void A_combining_mark_late_in_a_long_line_keeps_its_cluster_and_its_offset()
    {
        var text = string.Concat(Enumerable.Repeat("abcdefghij", 7)) + "q\u0301z";

        var run = LaidOut.Of(Some.Undecorated(Some.Paragraph(text))).Pages[0].Texts().Single().Run;

        run.Glyphs.Length.ShouldBe(73);
        run.Clusters[69..].ShouldBe([69, 70, 70, 72]);
        run.OffsetsX[71].ShouldNotBe(0);
        run.OffsetsX[..71].ShouldAllBe(x => x == 0);
    }

    [Fact]
    public void A_long_plain_line_has_a_cluster_per_character_and_no_offsets()
    {
        var text = string.Concat(Enumerable.Repeat("abcdefghij", 7));

        var run = LaidOut.Of(Some.Undecorated(Some.Paragraph(text))).Pages[0].Texts().Single().Run;

        run.Clusters[..3].ShouldBe([0, 1, 2]);
        run.Clusters[^3..].ShouldBe([67, 68, 69]);
        run.OffsetsX.Length.ShouldBe(70);
        run.OffsetsX.ShouldAllBe(x => x == 0);
    }
}
