using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Accessibility.Tests;

/// <summary>
/// The file-level rules, checked with the tools a reviewer would run: qpdf finds no structural error, poppler
/// says the file is tagged, every font is embedded, subset and mapped to Unicode (never Type 3), and the XMP
/// claims PDF/UA-1 and PDF/A-2a with content-hash ids, the dataset's title and its language.
/// </summary>
public sealed class FileTests
{
    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Qpdf_finds_no_error(string name)
    {
        var (exit, output) = Briefs.Of(name).Run("qpdf", "--check", "{file}");

        exit.ShouldBe(0, output);
        output.ShouldContain("No syntax or stream encoding errors found");
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Poppler_reads_it_as_tagged_with_no_suspects(string name)
    {
        var (exit, output) = Briefs.Of(name).Run("pdfinfo", "{file}");

        exit.ShouldBe(0, output);
        output.ShouldContain("Tagged:          yes");
        output.ShouldContain("Suspects:        no");
        output.ShouldContain("PDF version:     1.7");
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void Every_font_is_embedded_subset_and_mapped_to_unicode_and_none_is_type_3(string name)
    {
        var (exit, output) = Briefs.Of(name).Run("pdffonts", "{file}");

        exit.ShouldBe(0, output);
        var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        fonts.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var font in fonts)
        {
            font.ShouldNotContain("Type 3");
            font.ShouldContain("CID TrueType");
            Regex.IsMatch(font, @"^[A-Z]{6}\+").ShouldBeTrue(font);
            Regex.IsMatch(font, @"Identity-H\s+yes\s+yes\s+yes\s").ShouldBeTrue(font);
        }
    }

    [Theory]
    [MemberData(nameof(Briefs.All), MemberType = typeof(Briefs))]
    public void The_metadata_claims_ua_1_and_a_2a_with_content_hash_ids_the_title_and_the_language(string name)
    {
        var brief = Briefs.Of(name);
        var summit = Briefs.Summit(name);

        brief.Pdf.TryGetXmpMetadata(out var xmp).ShouldBeTrue();
        var metadata = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        metadata.ShouldContain("<pdfuaid:part>1</pdfuaid:part>");
        metadata.ShouldContain("<pdfaid:part>2</pdfaid:part>");
        metadata.ShouldContain("<pdfaid:conformance>A</pdfaid:conformance>");
        metadata.ShouldContain("pdfaExtension:schemas");
        Regex.IsMatch(metadata, "<xmpMM:DocumentID>uuid:[0-9a-f-]{36}</xmpMM:DocumentID>").ShouldBeTrue();
        Regex.IsMatch(metadata, "<xmpMM:InstanceID>uuid:[0-9a-f-]{36}</xmpMM:InstanceID>").ShouldBeTrue();
        metadata.ShouldContain(System.Security.SecurityElement.Escape(summit.Event.Title));
        brief.Objects.Text(brief.Objects.Catalog, "Lang").ShouldBe(summit.Language);
        var preferences = brief.Objects.Dictionary(brief.Objects.Catalog, "ViewerPreferences");
        preferences.Data["DisplayDocTitle"].ShouldBe(UglyToad.PdfPig.Tokens.BooleanToken.True);
    }

    [Fact]
    public void The_seed_brief_stays_under_90_KB()
    {
        Briefs.Of(Briefs.Seed).Bytes.Length.ShouldBeLessThan(90 * 1024);
    }
}
