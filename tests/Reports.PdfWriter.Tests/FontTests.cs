using Reports.PdfWriter.Content;
using Reports.PdfWriter.Validation;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>Fonts: embedded as subset Type0/CID fonts, widths equal to the programs', mapped to Unicode, legally embeddable.</summary>
public sealed class FontTests
{
    [SkippableFact]
    public void Pdffonts_lists_every_font_embedded_subset_and_mapped_to_unicode_and_none_of_type_3()
    {
        Some.RequireFonts();
        var (exit, output) = Tool.On(Sample.Document(), "pdffonts", "{file}");

        exit.ShouldBe(0, output);
        var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        fonts.Select(f => f[..37].Trim()[7..]).ShouldBe(["DejaVuSans", "DejaVuSans-Bold", "Cantarell-Regular-Identity-H"]);
        fonts.ShouldAllBe(f => f.Contains("Identity-H       yes yes yes"));
        fonts.Select(f => f[37..55].Trim()).ShouldBe(["CID TrueType", "CID TrueType", "CID Type 0C"]);
        output.ShouldNotContain("Type 3");
    }

    [SkippableFact]
    public void The_widths_of_a_font_equal_the_advances_of_its_embedded_program()
    {
        Some.RequireFonts();
        using var pdf = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin + " " + Some.Cyrillic, 72, 100))).Open();
        var objects = new PdfObjects(pdf);
        var type0 = objects.Dictionary(objects.Dictionary(objects.Page(1), "Resources"), "Font");
        var cidFont = (DictionaryToken)objects.Array(objects.Dictionary(type0, "F1"), "DescendantFonts").Single();
        var program = new TrueTypeTables(PdfObjects.Data(objects.Stream(objects.Dictionary(cidFont, "FontDescriptor"), "FontFile2")));
        var cidToGid = PdfObjects.Data(objects.Stream(cidFont, "CIDToGIDMap"));

        var widths = Widths(objects.Array(cidFont, "W"));
        widths.Count.ShouldBe(Some.Latin.Concat(Some.Cyrillic).Append(' ').Distinct().Count());
        foreach (var (cid, width) in widths)
        {
            var gid = (cidToGid[2 * cid] << 8) | cidToGid[(2 * cid) + 1];
            gid.ShouldBeGreaterThan(0);
            width.ShouldBe(Math.Round(program.Advance(gid) * 1000.0 / program.UnitsPerEm, 3), 0.0005);
        }
    }

    /// <summary>DejaVu Sans is 757,076 bytes with 6,253 glyphs; a line of text needs a few dozen.</summary>
    [SkippableFact]
    public void An_embedded_font_holds_only_the_glyphs_drawn_and_no_hinting_or_layout_tables()
    {
        Some.RequireFonts();
        using var pdf = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin, 72, 100))).Open();
        var objects = new PdfObjects(pdf);
        var cidFont = (DictionaryToken)objects.Array(objects.Dictionary(objects.Dictionary(objects.Dictionary(objects.Page(1), "Resources"), "Font"), "F1"), "DescendantFonts").Single();
        var bytes = PdfObjects.Data(objects.Stream(objects.Dictionary(cidFont, "FontDescriptor"), "FontFile2"));
        var program = new TrueTypeTables(bytes);

        bytes.Length.ShouldBeLessThan(12_000);
        program.GlyphCount.ShouldBe(1 + Some.Latin.Distinct().Count());
        program.Tags.ShouldNotContain("GSUB");
        program.Tags.ShouldNotContain("GPOS");
        program.Tags.ShouldNotContain("fpgm");
    }

    [SkippableFact]
    public void Every_glyph_of_a_cff_font_reaches_its_own_outline_through_the_charset()
    {
        Some.RequireFonts();
        const string text = "Cantarell draws this line";
        var document = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Cff, text, 72, 100)));

        var (exit, trace) = Tool.On(document, "mutool", "trace", "{file}");
        exit.ShouldBe(0, trace);
        var glyphs = trace.Split('\n').Where(l => l.Contains("<g unicode=")).Select(l => (Unicode: Value(l, "unicode"), Glyph: Value(l, "glyph"))).ToList();
        string.Concat(glyphs.Select(g => g.Unicode)).ShouldBe(text);
        glyphs.ShouldAllBe(g => g.Glyph != "0");
        glyphs.DistinctBy(g => g.Unicode).Select(g => g.Glyph).Distinct().Count().ShouldBe(text.Distinct().Count());
    }

    /// <summary>CJK fonts (Noto Sans CJK) are CID-keyed CFF with several Font DICTs; their glyphs keep their own Private DICTs.</summary>
    [SkippableFact]
    public void A_cid_keyed_cff_face_in_a_collection_is_embedded_and_reads_back()
    {
        Some.RequireFonts();
        var cidKeyed = CidKeyedFont.Make(Some.Cff.Path);
        var collection = FontCollection.Pack(Some.Sans.Path, cidKeyed);
        try
        {
            const string text = "CID-keyed glyphs read back";
            var document = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(new FontFace(collection, 1), text, 72, 100)));

            using (var pdf = document.Open())
                TextTests.Lines(pdf.GetPage(1)).ShouldBe([text]);
            var (exit, trace) = Tool.On(document, "mutool", "trace", "{file}");
            exit.ShouldBe(0, trace);
            trace.ShouldNotContain("warning");
            trace.Split('\n').Where(l => l.Contains("<g unicode=")).ShouldAllBe(l => !l.Contains(" glyph=\"0\""));
            var image = Path.Combine(Path.GetTempPath(), $"cid-{Guid.NewGuid():N}");
            var (draw, drawOutput) = Tool.On(document, "pdftoppm", "-r", "10", "-png", "-singlefile", "{file}", image);
            File.Delete(image + ".png");
            draw.ShouldBe(0, drawOutput);
            drawOutput.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(collection);
            File.Delete(cidKeyed);
        }
    }

    [SkippableFact]
    public void Mupdf_and_poppler_render_every_font_without_complaint()
    {
        Some.RequireFonts();
        var document = Sample.Document();

        var (mutool, mutoolOutput) = Tool.On(document, "mutool", "draw", "-o", "/dev/null", "{file}");
        mutool.ShouldBe(0, mutoolOutput);
        mutoolOutput.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("page ") && !l.Contains("ICC support is not available")).ShouldBeEmpty();
        var folder = Directory.CreateTempSubdirectory("render-").FullName;
        try
        {
            var (poppler, popplerOutput) = Tool.On(document, "pdftoppm", "-r", "20", "-png", "{file}", Path.Combine(folder, "page"));
            poppler.ShouldBe(0, popplerOutput);
            popplerOutput.ShouldBeEmpty();
            Directory.GetFiles(folder).Length.ShouldBe(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void A_font_whose_licence_forbids_embedding_is_refused()
    {
        Some.RequireFonts();
        var restricted = Path.Combine(Path.GetTempPath(), $"restricted-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(restricted, WithEmbeddingFlags(File.ReadAllBytes(Some.Sans.Path), 0x0002));
        try
        {
            var face = new FontFace(restricted);
            var document = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(face, "Licensed text", 72, 100)), new PdfWriterOptions(PdfStandard.None));

            document.Result.Written.ShouldBeFalse();
            var error = document.Result.Errors.Single();
            error.Rule.ShouldBe(Violation.RestrictedFont);
            error.Where.ShouldBe("page 1");
            error.Detail.ShouldContain("fsType 0002");
        }
        finally
        {
            File.Delete(restricted);
        }
    }

    [SkippableFact]
    public void A_font_that_allows_editable_embedding_is_embedded()
    {
        Some.RequireFonts();
        var editable = Path.Combine(Path.GetTempPath(), $"editable-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(editable, WithEmbeddingFlags(File.ReadAllBytes(Some.Sans.Path), 0x0008));
        try
        {
            var document = Written.Page((page, root) => TextTests.Paragraph(page, root, Shaper.Run(new FontFace(editable), "Editable", 72, 100)));

            document.Result.Errors.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(editable);
        }
    }

    [SkippableFact]
    public void The_tounicode_map_spells_each_glyph_and_holds_no_zero_or_byte_order_mark()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var objects = new PdfObjects(pdf);
        var fonts = objects.Dictionary(objects.Dictionary(objects.Page(1), "Resources"), "Font");
        foreach (var name in new[] { "F1", "F2", "F3" })
        {
            var cmap = System.Text.Encoding.ASCII.GetString(PdfObjects.Data(objects.Stream(objects.Dictionary(fonts, name), "ToUnicode")));
            var targets = cmap.Split('\n').Where(l => l.StartsWith('<') && l.Contains("> <")).Select(l => l.Split(' ')[1].Trim('<', '>')).ToList();
            targets.ShouldNotBeEmpty();
            targets.ShouldAllBe(t => t.Length % 4 == 0 && t != "0000" && t != "FEFF" && t != "FFFE");
        }
    }

    private static List<(int Cid, double Width)> Widths(IReadOnlyList<IToken> w)
    {
        var result = new List<(int, double)>();
        for (var i = 0; i < w.Count; i += 2)
        {
            var first = ((NumericToken)w[i]).Int;
            result.AddRange(((ArrayToken)w[i + 1]).Data.Select((t, j) => (first + j, ((NumericToken)t).Double)));
        }

        return result;
    }

    private static string Value(string line, string name)
    {
        var start = line.IndexOf($" {name}=\"", StringComparison.Ordinal) + name.Length + 3;
        return line[start..line.IndexOf('"', start)];
    }

    /// <summary>The font with its OS/2 fsType replaced (table checksums are not checked by anything here).</summary>
    private static byte[] WithEmbeddingFlags(byte[] font, ushort flags)
    {
        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            if (System.Text.Encoding.ASCII.GetString(font, 12 + (16 * i), 4) != "OS/2")
                continue;
            var os2 = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (16 * i) + 8));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(os2 + 8), flags);
        }

        return font;
    }
}
