using System.Text.Json;
using UglyToad.PdfPig;

namespace Reports.Cli.Tests;

/// <summary>The brand file on the command line: found beside the dataset, located errors, the manifest's hash, --marking.</summary>
public sealed class BrandRunTests
{
    const string Seed = "input/russia-china-summit-2025.json";
    const string Report = "output/russia-china-summit-2025.txt";
    const string Pdf = "output/russia-china-summit-2025.pdf";

    /// <summary>Copies an example brand folder (its _brand.yml and assets) into <paramref name="folder"/> of the run.</summary>
    static void CopyExample(CliRun run, string example, string folder)
    {
        var source = Repository.Path("examples", example);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = run.PathOf(Path.Combine(folder, Path.GetRelativePath(source, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    static JsonElement Entry(CliRun run) =>
        JsonDocument.Parse(run.Bytes("output/manifest.json")).RootElement.GetProperty("datasets")[0];

    [Fact]
    public void A_brand_file_beside_the_dataset_is_used_without_being_named_and_is_recorded_in_the_manifest()
    {
        using var run = CliRun.WithSeed();
        CopyExample(run, "press-office", "input");

        run.Run("--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);

        using var pdf = PdfDocument.Open(run.Bytes(Pdf));
        string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain("Example Press Office");
        var brand = Entry(run).GetProperty("brand");
        brand.GetProperty("path").GetString().ShouldBe("input/_brand.yml");
        brand.GetProperty("sha256").GetString()!.Length.ShouldBe(64);
    }

    [Fact]
    public void If_changed_rebuilds_when_the_logo_changes_and_skips_when_nothing_did()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        CopyExample(run, "press-office", "input");
        run.Run().ShouldBe(ExitCodes.Success, run.Error);
        run.Run("--if-changed").ShouldBe(ExitCodes.Success);
        run.Run("--if-changed").ShouldBe(ExitCodes.Success);
        run.Out.ShouldContain("1 skipped");
        var before = Entry(run).GetProperty("brand").GetProperty("sha256").GetString();

        File.AppendAllText(run.PathOf("input/logos/press-office.png"), "\n");
        run.Run("--if-changed").ShouldBe(ExitCodes.Success);

        run.Out.ShouldContain("0 skipped");
        Entry(run).GetProperty("brand").GetProperty("sha256").GetString().ShouldNotBe(before);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_in_the_brand_file_is_a_located_error_exit_2_from_generate_and_validate_and_the_reports_stay()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        run.Run().ShouldBe(ExitCodes.Success);
        var report = run.Bytes(Report);
        File.WriteAllText(run.PathOf("input/_brand.yml"), "meta:\n  name: Press Office\ncolor:\n  primary: [1, 2]\n");

        run.Run().ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("input/_brand.yml:4:12: $.color.primary: is a list, not a single value Expected: a colour as \"#RRGGBB\"");
        run.Error.ShouldNotContain("   at ");
        run.Bytes(Report).ShouldBe(report);

        run.Run("validate", "input").ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("input/_brand.yml:4:12: $.color.primary: is a list");
    }

    [Fact]
    public void A_logo_the_brand_names_but_that_is_missing_is_a_located_error_exit_2()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        Directory.CreateDirectory(run.PathOf("brands"));
        File.WriteAllText(run.PathOf("brands/ours.yml"), "logo:\n  small: logo.png\n");

        run.Run("--brand", "brands/ours.yml").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("brands/ours.yml:2:10: $.logo.small: names image 'logo.png', which does not exist");
        File.Exists(run.PathOf(Report)).ShouldBeFalse();
    }

    [Fact]
    public void An_SVG_logo_the_SVG_reader_cannot_draw_is_an_error_at_its_line_in_the_SVG_exit_2_before_anything_is_written()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        File.WriteAllText(run.PathOf("input/_brand.yml"), "logo:\n  large: mark.svg\n");
        File.WriteAllText(run.PathOf("input/mark.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"20\">\n  <text x=\"0\" y=\"15\">Office</text>\n</svg>");

        run.Run().ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("input/mark.svg:2:4: $: cannot be drawn as a logo: a logo has text (\"Office\"); convert its lettering to outlines (paths) in the design tool");
        File.Exists(run.PathOf(Report)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("cut", "the PNG is cut short inside its IDAT chunk")]
    [InlineData("garbled", "the PNG's image data (IDAT) is damaged: ")]
    [InlineData("short", "the PNG's image data (IDAT) is cut short: 11 of its 196736 bytes")]
    public void A_PNG_logo_with_a_whole_header_and_a_damaged_body_is_an_error_at_the_logo_key_exit_2_from_validate_and_generate_and_the_brief_stays(string damage, string problem)
    {
        using var run = CliRun.WithSeed();
        run.Run("--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);
        var brief = run.Bytes(Pdf);
        var png = File.ReadAllBytes(Repository.Path("examples", "press-office", "logos", "press-office.png"));
        File.WriteAllBytes(run.PathOf("input/logo.png"), damage switch
        {
            "cut" => png[..700],
            // An IDAT of bytes that are no zlib stream, its CRC right, so only inflating it finds the damage.
            "garbled" => [.. png[..33], .. Chunk("IDAT", [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x11, 0x22, 0x33]), .. Chunk("IEND", [])],
            // A whole zlib stream of 11 zero bytes where the header promises rows for the whole image.
            _ => [.. png[..33], .. Chunk("IDAT", Zlib(new byte[11])), .. Chunk("IEND", [])],
        });
        File.WriteAllText(run.PathOf("input/_brand.yml"), "meta:\n  name: Press Office\nlogo:\n  small: logo.png\n");

        run.Run("validate", "input").ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain($"input/_brand.yml:4:10: $.logo.small: 'logo.png' cannot be used as a logo: {problem}");
        run.Error.ShouldContain("Expected: a whole PNG or JPEG file with a size");
        run.Run("--format", "pdf").ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain($"input/_brand.yml:4:10: $.logo.small: 'logo.png' cannot be used as a logo: {problem}");
        run.Error.ShouldNotContain("   at ");
        run.Bytes(Pdf).ShouldBe(brief);
    }

    [Fact]
    public void A_JPEG_logo_cut_before_its_end_of_image_marker_is_an_error_at_the_logo_key_exit_2_and_the_brief_stays()
    {
        using var run = CliRun.WithSeed();
        run.Run("--format", "pdf").ShouldBe(ExitCodes.Success, run.Error);
        var brief = run.Bytes(Pdf);
        var jpeg = File.ReadAllBytes(Repository.Path("tests", "Reports.PdfWriter.Tests", "Data", "gradient-16x8.jpg"));
        File.WriteAllBytes(run.PathOf("input/logo.jpg"), jpeg[..^40]);
        File.WriteAllText(run.PathOf("input/_brand.yml"), "logo:\n  large: { path: logo.jpg, alt: Crest }\n");

        run.Run("--format", "pdf").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("input/_brand.yml:2:18: $.logo.large.path: 'logo.jpg' cannot be used as a logo: the JPEG is cut short: it ends before its end-of-image marker (EOI)");
        run.Bytes(Pdf).ShouldBe(brief);
        run.Run("validate", "input").ShouldBe(ExitCodes.InvalidInput);
    }

    /// <summary>A PNG chunk: length, type, data and the CRC-32 of type and data.</summary>
    static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }

        var chunk = new byte[12 + data.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), ~crc);
        return chunk;
    }

    static byte[] Zlib(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal))
            zlib.Write(data);
        return buffer.ToArray();
    }

    [Fact]
    public void A_brand_file_that_does_not_exist_is_an_error_exit_2()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);

        run.Run("--brand", "nowhere/_brand.yml").ShouldBe(ExitCodes.InvalidInput);

        run.Error.ShouldContain("nowhere/_brand.yml: $: cannot read the brand file:");
    }

    [Fact]
    public void Marking_and_watermark_given_on_the_command_line_replace_the_brands_and_are_recorded_as_options()
    {
        using var run = CliRun.WithSeed();
        CopyExample(run, "press-office", "input");

        run.Run("--format", "pdf", "--marking", "SECRET", "--watermark", "COPY").ShouldBe(ExitCodes.Success, run.Error);

        using var pdf = PdfDocument.Open(run.Bytes(Pdf));
        foreach (var page in pdf.GetPages())
        {
            page.GetWords().Count(w => w.Text == "SECRET").ShouldBeGreaterThanOrEqualTo(2);
            page.GetWords().ShouldNotContain(w => w.Text == "DISTRIBUTION");
            string.Concat(page.Letters.Where(l => l.PointSize > 90).Select(l => l.Value)).ShouldBe("COPY");
        }
        var options = Entry(run).GetProperty("options");
        (options.GetProperty("marking").GetString(), options.GetProperty("watermark").GetString()).ShouldBe(("SECRET", "COPY"));
    }

    [Fact]
    public void A_marking_no_font_can_draw_is_an_error_naming_where_it_came_from_exit_2()
    {
        using var run = CliRun.WithSeed();
        // U+13000, an Egyptian hieroglyph: no shipped font has it (and the system's are left out).
        File.WriteAllText(run.PathOf("input/_brand.yml"), "defaults:\n  reports:\n    marking: \"\U00013000 OFFICIAL\"\n");

        run.Run("validate", "input", "--ignore-system-fonts").ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("input/_brand.yml: $.defaults.reports.marking: U+13000 '\U00013000' (Egyptian Hieroglyphs) in \"\U00013000 OFFICIAL\" cannot be drawn");

        run.Run("validate", "input", "--ignore-system-fonts", "--watermark", "\U00013000").ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("--watermark: $: U+13000 '\U00013000' (Egyptian Hieroglyphs) in \"\U00013000\" cannot be drawn");
    }

    [Fact]
    public void A_faint_brand_colour_is_a_warning_that_leaves_the_exit_code_alone()
    {
        using var run = CliRun.WithSeed([new FakeWriter()]);
        File.WriteAllText(run.PathOf("input/_brand.yml"), "color:\n  primary: \"#E8A33D\"\n");

        run.Run().ShouldBe(ExitCodes.Success);

        run.Error.ShouldContain("input/_brand.yml:2:12: $.color.primary: warning: #E8A33D on the background #FFFFFF is 2.16:1");
    }
}
