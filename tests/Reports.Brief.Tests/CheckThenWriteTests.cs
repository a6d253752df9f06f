namespace Reports.Brief.Tests;

/// <summary>
/// The brief composed for the text check is the one written after it (composed once per summit and
/// options): the bytes are those of a brief written alone, and other options compose it again.
/// </summary>
public sealed class CheckThenWriteTests
{
    static byte[] SeedJson => File.ReadAllBytes(Repository.SeedPath);

    [Fact]
    public void A_brief_written_after_its_text_check_is_byte_for_byte_the_brief_written_alone()
    {
        var alone = Briefs.Render(Briefs.Load(SeedJson), Briefs.Options);
        var checkedFirst = Briefs.Load(SeedJson);

        BriefWriter.CheckText(checkedFirst, Briefs.Options).ShouldBeEmpty();
        var afterCheck = Briefs.Render(checkedFirst, Briefs.Options);

        afterCheck.SequenceEqual(alone).ShouldBeTrue();
    }

    [Fact]
    public void A_brief_written_with_other_options_than_its_check_is_composed_with_the_options_of_the_write()
    {
        var summit = Briefs.Load(SeedJson);
        BriefWriter.CheckText(summit, Briefs.Options).ShouldBeEmpty(); // the full appendix

        using var pdf = Briefs.Open(Briefs.Render(summit, Briefs.Options with { Appendix = AppendixMode.Top }));

        var text = Briefs.Text(pdf);
        text.ShouldContain("Appendix: indicators");
        text.ShouldNotContain("Appendix: all indicators");
    }
}
