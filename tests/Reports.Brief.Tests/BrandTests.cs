using UglyToad.PdfPig.Content;

namespace Reports.Brief.Tests;

/// <summary>The seed's brief with the example brands: name, colours, fonts, logos, markings, read back with PdfPig.</summary>
public sealed class BrandTests
{
    [Fact]
    public void The_organisation_is_named_on_the_cover_and_as_the_documents_author()
    {
        using var pdf = Briefs.Open(BrandedBriefs.PressOfficeBytes);

        string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain("BRIEFING · Example Press Office");
        pdf.Information.Author!.ShouldBe("Example Press Office");
    }

    [Fact]
    public void The_marking_is_at_the_top_and_the_bottom_of_every_page_and_once_more_as_text_on_the_cover()
    {
        using var pdf = Briefs.Open(BrandedBriefs.PressOfficeBytes);

        foreach (var page in pdf.GetPages())
        {
            var lines = Markings(page);
            lines.Count.ShouldBe(page.Number == 1 ? 3 : 2, $"page {page.Number}");
            var top = lines.MaxBy(l => l.Top);
            ((top.Left + top.Right) / 2).ShouldBe(page.Width / 2, 0.5, $"page {page.Number}: the marking is centred");
            lines.Min(l => l.Bottom).ShouldBeLessThan(20, $"page {page.Number}: one at the bottom");
            lines.Max(l => l.Top).ShouldBeGreaterThan(page.Height - 20, $"page {page.Number}: one at the top");
        }
    }

    [Fact]
    public void The_watermark_is_on_every_page_turned_along_its_diagonal_in_a_translucent_grey()
    {
        using var pdf = Briefs.Open(BrandedBriefs.PressOfficeBytes);

        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters.Where(l => l.PointSize > 90).ToList();
            string.Concat(letters.Select(l => l.Value)).ShouldBe("DRAFT", $"page {page.Number}");
            letters.Select(BrandedBriefs.Hex).Distinct().ShouldBe(["#5F6B7A"]);
            var rise = letters[^1].StartBaseLine.Y - letters[0].StartBaseLine.Y;
            rise.ShouldBeGreaterThan(100, $"page {page.Number}: the word climbs to the right");
        }
    }

    [Fact]
    public void The_watermark_is_drawn_last_on_every_page_over_the_card_and_table_backgrounds_at_15_percent_opacity_as_a_watermark_artifact()
    {
        using var pdf = Briefs.Open(BrandedBriefs.PressOfficeBytes);
        var objects = new PdfStructure(pdf);

        foreach (var page in pdf.GetPages())
        {
            var content = objects.Content(page.Number);
            const string Start = "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\nq\n/GA1 gs\n";
            var watermark = content.LastIndexOf(Start, StringComparison.Ordinal);
            watermark.ShouldBeGreaterThan(0, $"page {page.Number}");
            content.IndexOf(" re f", watermark, StringComparison.Ordinal).ShouldBe(-1, $"page {page.Number}: no background after the watermark");
            content.IndexOf("BDC", watermark + Start.Length, StringComparison.Ordinal).ShouldBe(-1, $"page {page.Number}: nothing drawn after the watermark");
            objects.Opacity(page.Number, "GA1").ShouldBe((0.15, 0.15));
        }

        objects.Content(2).ShouldContain(" re f");
    }

    [Fact]
    public void A_brief_without_a_watermark_has_no_transparency()
    {
        using var pdf = Briefs.Open(Briefs.SeedBytes);
        var objects = new PdfStructure(pdf);

        objects.HasExtGState(2).ShouldBeFalse();
        objects.Content(2).ShouldNotContain(" gs\n");
    }

    [Fact]
    public void Headings_are_in_the_primary_colour_and_body_text_in_the_foreground()
    {
        using var pdf = Briefs.Open(BrandedBriefs.PressOfficeBytes);
        var page = pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == "Executive"));

        page.Letters.Where(l => l.Value == "E" && l.PointSize > 16).Select(BrandedBriefs.Hex).Distinct().ShouldBe(["#C2410C"]);
        page.GetWords().First(w => w.Text == "meeting").Letters.Select(BrandedBriefs.Hex).Distinct().ShouldBe(["#1E293B"]);
    }

    [Fact]
    public void A_brand_colour_too_faint_for_text_is_set_in_its_nearest_readable_shade()
    {
        using var pdf = Briefs.Open(BrandedBriefs.MinistryBytes);

        // The ministry's secondary colour, brass #B08D2E (3.14:1 on white), is used darker for subtitles.
        var subtitle = pdf.GetPage(1).GetWords().First(w => w.Text == "Outcomes");
        subtitle.Letters.Select(BrandedBriefs.Hex).Distinct().ShouldBe(["#8F7225"]);
    }

    [Fact]
    public void Text_is_set_in_the_brands_font_from_its_files_with_the_usual_fonts_behind_for_other_scripts()
    {
        using var pdf = Briefs.Open(BrandedBriefs.MinistryBytes);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();

        letters.First(l => l.Value == "E").FontName!.ShouldContain("DejaVuSerif");
        letters.Where(l => l.Value == "Р" || l.Value == "о").Select(l => l.FontName).ShouldAllBe(f => f!.Contains("DejaVuSerif"));
        letters.Where(l => l.Value == "習").Select(l => l.FontName).ShouldAllBe(f => !f!.Contains("DejaVuSerif"));
    }

    [Fact]
    public void The_PNG_logo_is_on_the_cover_and_in_the_running_header_of_every_other_page_at_its_own_resolution()
    {
        using var pdf = Briefs.Open(BrandedBriefs.PressOfficeBytes);

        foreach (var page in pdf.GetPages())
        {
            var image = page.GetImages().Single();
            (image.WidthInSamples, image.HeightInSamples).ShouldBe((384, 128));
            var (width, height) = page.Number == 1 ? (168, 56) : (48, 16);
            image.BoundingBox.Width.ShouldBe(width, 0.01, $"page {page.Number}");
            image.BoundingBox.Height.ShouldBe(height, 0.01, $"page {page.Number}");
        }
    }

    [Fact]
    public void The_SVG_crest_is_drawn_as_vectors_on_the_cover_and_in_every_running_header()
    {
        using var pdf = Briefs.Open(BrandedBriefs.MinistryBytes);

        foreach (var page in pdf.GetPages())
        {
            page.GetImages().ShouldBeEmpty();
            // The crest's 9 shapes, 7 in forest green and 2 in brass, inside the logo's box above the content.
            var crest = page.Paths.Where(p => p.IsFilled && Hex(p.FillColor) is "#1B4D3E" or "#B08D2E" && p.GetBoundingRectangle()!.Value.Bottom > page.Height - 130 && (page.Number == 1 || p.GetBoundingRectangle()!.Value.Left > page.Width - 56 - 60 - 1)).ToList();
            crest.Count(p => Hex(p.FillColor) == "#1B4D3E").ShouldBe(7, $"page {page.Number}");
            crest.Count(p => Hex(p.FillColor) == "#B08D2E").ShouldBe(2, $"page {page.Number}");
            var height = crest.Max(p => p.GetBoundingRectangle()!.Value.Top) - crest.Min(p => p.GetBoundingRectangle()!.Value.Bottom);
            height.ShouldBe(page.Number == 1 ? 56 * 56.0 / 64 : 16 * 56.0 / 64, 0.1, $"page {page.Number}: the crest's shapes span 56 of its 64 units");
        }
    }

    [Fact]
    public void The_disclaimer_is_on_the_cover_or_the_last_page_as_the_brand_says()
    {
        using var press = Briefs.Open(BrandedBriefs.PressOfficeBytes);
        using var ministry = Briefs.Open(BrandedBriefs.MinistryBytes);

        Words(press.GetPage(1)).ShouldContain("Embargoed until publication.");
        Words(ministry.GetPage(ministry.NumberOfPages)).ShouldContain("It does not state government policy.");
        Words(ministry.GetPage(1)).ShouldNotContain("government policy");
    }

    [Fact]
    public void Chart_series_take_the_brands_colours_then_the_built_in_ones_and_are_drawn_in_them()
    {
        var options = Briefs.Options with { Brand = BrandedBriefs.PressOffice };
        var laidOut = Reports.Layout.DocumentLayout.Layout(BriefWriter.Compose(Briefs.Seed, options), new Reports.Layout.LayoutOptions(Reports.Layout.PageSizeKind.A4, []));
        var charts = laidOut.Pages.SelectMany(p => p.Boxes).OfType<Reports.Layout.Paging.PlacedChart>().ToList();
        using var pdf = Briefs.Open(BrandedBriefs.PressOfficeBytes);
        var chartPage = pdf.GetPage(laidOut.Pages.First(p => p.Boxes.OfType<Reports.Layout.Paging.PlacedChart>().Any()).Number);

        charts.ShouldNotBeEmpty();
        charts.ShouldAllBe(c => c.Palette.Take(4).SequenceEqual(new[] { "#C2410C", "#0F766E", "#1E293B", "#0072B2" }));
        chartPage.Paths.Where(p => p.IsFilled).Select(p => Hex(p.FillColor)).ShouldContain("#C2410C");
    }

    static string Hex(UglyToad.PdfPig.Graphics.Colors.IColor? color)
    {
        var (r, g, b) = color!.ToRGBValues();
        return $"#{(int)Math.Round(r * 255):X2}{(int)Math.Round(g * 255):X2}{(int)Math.Round(b * 255):X2}";
    }

    static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    /// <summary>Each line reading "NOT FOR DISTRIBUTION": from its first word's left to its last word's right.</summary>
    static List<(double Left, double Right, double Bottom, double Top)> Markings(Page page)
    {
        var words = page.GetWords().ToList();
        return [.. words.Where(w => w.Text == "NOT")
            .Select(first => (first, last: words.FirstOrDefault(w => w.Text == "DISTRIBUTION" && Math.Abs(w.BoundingBox.Bottom - first.BoundingBox.Bottom) < 0.5)))
            .Where(p => p.last is not null)
            .Select(p => (p.first.BoundingBox.Left, p.last!.BoundingBox.Right, p.first.BoundingBox.Bottom, p.first.BoundingBox.Top))];
    }
}
