using Reports.Domain.Branding;

namespace Reports.Domain.Tests;

public sealed class BrandLoaderTests
{
    [Fact]
    public void A_brand_file_gives_the_organisation_its_colours_with_palette_names_resolved_and_its_markings()
    {
        using var files = new BrandFiles();

        var result = files.Load("""
            meta:
              name:
                full: Ministry of Examples
                short: MoE
            color:
              palette:
                blue: "#1b5e8c"
                green: "#2E7D32"
              primary: blue
              secondary: green
              foreground: "#222"
            defaults:
              reports:
                marking: OFFICIAL
                watermark: DRAFT
                disclaimer: { text: Not government policy., position: cover }
            """);

        result.Errors.ShouldBeEmpty();
        var brand = result.Brand!;
        brand.Name.ShouldBe("Ministry of Examples");
        brand.Colors.Primary!.Hex.ShouldBe("#1B5E8C");
        brand.Colors.Secondary!.Hex.ShouldBe("#2E7D32");
        brand.Colors.Foreground!.Hex.ShouldBe("#222222");
        brand.Colors.Series.ShouldBe(["#1B5E8C", "#2E7D32"]);
        brand.Markings.ShouldBe(new BrandMarkings("OFFICIAL", "DRAFT", "Not government policy.", DisclaimerOnCover: true));
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Keys_the_reports_do_not_use_are_ignored_as_brand_yml_readers_do()
    {
        using var files = new BrandFiles();

        var result = files.Load("""
            meta:
              name: Press Office
              link: { home: "https://example.org" }
            color:
              primary: "#1B5E8C"
              success: whatever-a-website-wants
            defaults:
              bootstrap: { enable-rounded: false }
            colour-of-the-month: [1, 2]
            """);

        result.Errors.ShouldBeEmpty();
        result.Brand!.Name.ShouldBe("Press Office");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_an_error_at_its_line_and_column_with_its_key_path_and_what_would_be_right()
    {
        using var files = new BrandFiles();

        var result = files.Load("""
            meta:
              name: Press Office
            color:
              primary: [1, 2]
              secondary: teal
            """);

        result.Brand.ShouldBeNull();
        result.Errors.Select(e => e.ToString()).ShouldBe([
            "_brand.yml:4:12: $.color.primary: is a list, not a single value Expected: a colour as \"#RRGGBB\" (or \"#RGB\"), white, black, or a name from color.palette",
            "_brand.yml:5:14: $.color.secondary: 'teal' is not a colour Expected: a colour as \"#RRGGBB\" (or \"#RGB\"), white, black, or a name from color.palette",
        ]);
    }

    [Fact]
    public void A_logo_that_does_not_exist_is_an_error_at_its_line_naming_the_file()
    {
        using var files = new BrandFiles();

        var result = files.Load("""
            logo:
              small: logos/missing.png
            """);

        result.Errors.Single().ToString().ShouldBe(
            "_brand.yml:2:10: $.logo.small: names image 'logos/missing.png', which does not exist Expected: a path relative to the brand file's folder to an existing image");
    }

    [Fact]
    public void A_file_that_is_no_image_cannot_be_a_logo()
    {
        using var files = new BrandFiles().With("logo.png", "not an image");

        var result = files.Load("""
            logo:
              images:
                mark: { path: logo.png, alt: Our mark }
              large: mark
            """);

        var error = result.Errors.Single();
        (error.Line, error.Column, error.Path).ShouldBe((3, 19, "$.logo.images.mark.path"));
        error.Problem.ShouldStartWith("'logo.png' cannot be used as a logo: it is not a PNG or JPEG, and not readable as SVG");
    }

    [Fact]
    public void A_logo_is_read_with_its_format_size_and_alternative_text_and_listed_among_the_assets()
    {
        using var files = new BrandFiles().With("logos/mark.png", BrandFiles.TinyPng)
            .With("logos/wide.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 60"><rect width="240" height="60"/></svg>""");

        var result = files.Load("""
            meta: { name: Press Office }
            logo:
              images:
                mark: logos/mark.png
              small: mark
              large: { path: logos/wide.svg, alt: "Press Office, wordmark" }
            """);

        result.Errors.ShouldBeEmpty();
        var logos = result.Brand!.Logos;
        (logos.Small!.Format, logos.Small.Width, logos.Small.Height, logos.Small.Alt).ShouldBe((ImageFormat.Png, 3, 2, "Press Office logo"));
        (logos.Large!.Format, logos.Large.Width, logos.Large.Height, logos.Large.Alt).ShouldBe((ImageFormat.Svg, 240, 60, "Press Office, wordmark"));
        result.Brand.Assets.Select(Path.GetFileName).ShouldBe(["mark.png", "wide.svg"]);
    }

    [Fact]
    public void A_brand_colour_too_faint_for_text_is_a_warning_with_the_ratio_and_the_nearest_readable_shade_used()
    {
        using var files = new BrandFiles();

        var result = files.Load("""
            color:
              primary: "#E8A33D"
            """);

        result.Errors.ShouldBeEmpty();
        result.Brand!.Colors.Text.Heading.ShouldBe("#9B6D29");
        result.Brand.Colors.Text.OnPrimary.ShouldBe("#424242");
        result.Warnings.Select(w => w.ToString()).ShouldBe([
            "_brand.yml:2:12: $.color.primary: warning: #E8A33D on the background #FFFFFF is 2.16:1, below the 4.5:1 that text needs (WCAG AA); headings use #9B6D29, the nearest readable shade",
            "_brand.yml:2:12: $.color.primary: warning: #FFFFFF on the primary colour #E8A33D is 2.16:1, below the 4.5:1 that text needs (WCAG AA); table headers on it use #424242, the nearest readable shade",
        ]);
    }

    [Fact]
    public void A_readable_brand_colour_is_used_as_it_is()
    {
        using var files = new BrandFiles();

        var result = files.Load("color: { primary: \"#1B5E8C\" }");

        result.Warnings.ShouldBeEmpty();
        result.Brand!.Colors.Text.ShouldBe(new BrandTextColors(null, "#1B5E8C", null, "#FFFFFF"));
    }

    [Fact]
    public void Broken_YAML_is_an_error_at_the_place_the_parser_stopped()
    {
        using var files = new BrandFiles();

        var result = files.Load("meta:\n  name: \"unclosed\n");

        var error = result.Errors.Single();
        error.Path.ShouldBe("$");
        error.Line.ShouldBeGreaterThan(0);
        error.Problem.ShouldStartWith("is not valid YAML");
    }

    [Fact]
    public void Fonts_from_files_are_read_relative_to_the_brand_file_and_a_text_size_in_pixels_becomes_points()
    {
        using var files = new BrandFiles().With("fonts/Brand-Regular.ttf", [0, 1, 0, 0, 9, 9]).With("fonts/Brand-Bold.ttf", [0, 1, 0, 0, 9, 9]);

        var result = files.Load("""
            typography:
              fonts:
                - family: Brand Sans
                  source: file
                  files:
                    - fonts/Brand-Regular.ttf
                    - { path: fonts/Brand-Bold.ttf, weight: bold }
                - family: Open Sans
                  source: google
              base: { family: Brand Sans, size: 14px }
              headings: { family: Brand Sans, weight: 400 }
            """);

        result.Errors.ShouldBeEmpty();
        var type = result.Brand!.Typography;
        (type.BaseFamily, type.BaseSize, type.HeadingsBold, type.HeadingsWeight).ShouldBe(("Brand Sans", 10.5, false, 400));
        type.Files.Select(f => (Path.GetFileName(f.Path), f.Weight, f.Italic)).ShouldBe([("Brand-Regular.ttf", 400, false), ("Brand-Bold.ttf", 700, false)]);
    }

    [Fact]
    public void A_missing_brand_file_is_an_error_for_the_file_as_a_whole()
    {
        var result = BrandLoader.Load("/nonexistent/_brand.yml", "brands/_brand.yml");

        result.Errors.Single().ToString().ShouldStartWith("brands/_brand.yml: $: cannot read the brand file:");
    }
}
