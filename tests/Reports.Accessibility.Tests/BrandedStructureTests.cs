using Reports.Domain.Branding;

namespace Reports.Accessibility.Tests;

/// <summary>A brand's logos as a screen reader meets them: the cover's a figure with the brand's alt text, the running header's decoration.</summary>
public sealed class BrandedStructureTests
{
    [Fact]
    public void The_cover_logo_is_a_figure_with_its_alt_text_and_the_header_logo_is_not()
    {
        var loaded = BrandLoader.Load(Repository.Path("examples", "ministry", "_brand.yml"), "examples/ministry/_brand.yml");
        var brand = loaded.Brand ?? throw new InvalidOperationException(string.Join("\n", loaded.Errors));
        var summit = Briefs.Summit(Briefs.Seed);
        var brief = new TaggedBrief("ministry", Briefs.Render(summit, Briefs.Options with { Brand = brand }));

        var figures = brief.Elements.Where(e => e.Type == "Figure").Select(f => brief.Objects.Text(f.Dictionary, "Alt")).ToList();

        // The seed's six charts and one logo: the crest in every running header is not read out on every page.
        figures.Count.ShouldBe(summit.Charts.Count + 1);
        figures.Count(alt => alt == "Ministry of Example Affairs crest").ShouldBe(1);
        figures.First().ShouldBe("Ministry of Example Affairs crest");
    }

    [Fact]
    public void The_watermark_over_the_content_is_read_by_no_one_and_the_file_still_checks()
    {
        var loaded = BrandLoader.Load(Repository.Path("examples", "press-office", "_brand.yml"), "examples/press-office/_brand.yml");
        var brand = loaded.Brand ?? throw new InvalidOperationException(string.Join("\n", loaded.Errors));
        var brief = new TaggedBrief("press-office", Briefs.Render(Briefs.Summit(Briefs.Seed), Briefs.Options with { Brand = brand }));

        brief.Pdf.GetPages().ShouldAllBe(p => p.Letters.Count(l => l.PointSize > 90) == 5);
        brief.Texts.Values.ShouldAllBe(text => !text.Contains("DRAFT", StringComparison.Ordinal));
        var (exit, output) = brief.Run("qpdf", "--check", "{file}");
        exit.ShouldBe(0, output);
    }
}
