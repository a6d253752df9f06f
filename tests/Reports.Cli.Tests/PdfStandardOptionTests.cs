using System.Text;

namespace Reports.Cli.Tests;

/// <summary>
/// --pdf-standard: what the brief claims (ua-1,a-2a by default, a-2b, a-2u, none); every setting gives a tagged
/// brief with the same bytes run after run, and an unknown value is a usage error naming the valid ones.
/// </summary>
public sealed class PdfStandardOptionTests
{
    [Fact]
    public void An_unknown_standard_is_a_usage_error_that_lists_the_valid_ones()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--pdf-standard", "ua-2").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("'ua-2' not recognized");
        foreach (var valid in new[] { "'ua-1,a-2a'", "'a-2b'", "'a-2u'", "'none'" })
            run.Error.ShouldContain(valid);
        Directory.Exists(run.PathOf("output")).ShouldBeFalse("a usage error must not create the output folder");
    }

    [Fact]
    public void A_mistyped_option_name_gets_the_standard_suggested()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--pdf-standrd", "none").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldStartWith("error: unknown option --pdf-standrd; did you mean --pdf-standard?");
    }

    [Theory]
    [InlineData(new string[0], "<pdfaid:conformance>A</pdfaid:conformance>", true)]
    [InlineData(new[] { "--pdf-standard", "ua-1,a-2a" }, "<pdfaid:conformance>A</pdfaid:conformance>", true)]
    [InlineData(new[] { "--pdf-standard", "a-2b" }, "<pdfaid:conformance>B</pdfaid:conformance>", false)]
    [InlineData(new[] { "--pdf-standard", "a-2u" }, "<pdfaid:conformance>U</pdfaid:conformance>", false)]
    [InlineData(new[] { "--pdf-standard", "none" }, null, false)]
    public void Each_standard_gives_the_same_tagged_bytes_run_after_run_and_claims_what_it_says(string[] option, string? conformance, bool universalAccess)
    {
        using var run = CliRun.WithSeed();
        run.Environment["SOURCE_DATE_EPOCH"] = "1746662400";

        run.Run(["--format", "pdf", "--no-compare", "--out", "first", .. option]).ShouldBe(ExitCodes.Success, run.Error);
        run.Run(["--format", "pdf", "--no-compare", "--out", "second", .. option]).ShouldBe(ExitCodes.Success, run.Error);

        var first = run.Bytes("first/russia-china-summit-2025.pdf");
        run.Bytes("second/russia-china-summit-2025.pdf").ShouldBe(first);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(first);
        pdf.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.StructTreeRoot).ShouldBeTrue();
        var metadata = pdf.TryGetXmpMetadata(out var xmp) ? Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()) : "";
        if (conformance is null)
            metadata.ShouldNotContain("pdfaid:conformance");
        else
            metadata.ShouldContain(conformance);
        metadata.Contains("<pdfuaid:part>1</pdfuaid:part>").ShouldBe(universalAccess);
    }
}
