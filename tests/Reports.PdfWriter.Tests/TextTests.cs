using Reports.PdfWriter.Content;
using Reports.PdfWriter.Tagging;
using UglyToad.PdfPig.Content;

namespace Reports.PdfWriter.Tests;

/// <summary>Text comes back out of the file as it went in, at the place the shaper put it, in every script.</summary>
public sealed class TextTests
{
    [SkippableFact]
    public void Latin_and_Cyrillic_text_reads_back_as_the_source_strings()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin, 72, 100));
            Paragraph(page, root, Shaper.Run(Some.SansBold, Some.Cyrillic, 72, 130));
        });

        using var pdf = document.Open();
        Lines(pdf.GetPage(1)).ShouldBe([Some.Latin, Some.Cyrillic]);
    }

    /// <summary>DejaVu Sans, 12 pt, 2048 units per em: "T" kerned against "r" to 950 units (its own width is 1251).</summary>
    [SkippableFact]
    public void Glyphs_sit_where_the_shaper_placed_them_kerning_included()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin, 72, 100)));

        using var pdf = document.Open();
        var letters = pdf.GetPage(1).Letters;
        letters[0].StartBaseLine.X.ShouldBe(72, 0.001);
        letters[0].StartBaseLine.Y.ShouldBe(741.89, 0.001);
        letters[1].Value.ShouldBe("r");
        letters[1].StartBaseLine.X.ShouldBe(72 + (950 * 12 / 2048.0), 0.001);
        var reached = pdf.GetPage(1).GetWords().ElementAt(1);
        reached.Text.ShouldBe("reached");
        reached.Letters[0].StartBaseLine.X.ShouldBe(108.668, 0.001);
    }

    /// <summary>
    /// HarfBuzz gives the run's glyphs left to right; written in that order, pdftotext and MuPDF (which read
    /// glyphs in content order) give the Arabic back reversed, and poppler reverses an ActualText. So the run is
    /// written from its first letter, at the right, to its last: DejaVu Sans at 12 pt, the run is 133.453 pt wide.
    /// </summary>
    [SkippableFact]
    public void An_arabic_run_is_written_in_text_order_each_letter_in_its_place_with_no_ActualText()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Paragraph(page, root, Shaper.Run(Some.Sans, Some.Arabic, 72, 100)));

        using var pdf = document.Open();
        var paragraph = pdf.GetPage(1).GetMarkedContents().Single();
        paragraph.Tag.ShouldBe("P");
        paragraph.Children.ShouldBeEmpty();
        paragraph.ActualText.ShouldBeNull();
        var letters = pdf.GetPage(1).Letters;
        string.Concat(letters.Select(l => l.Value)).ShouldBe("بلغ حجم التجارة مليار دولار");
        letters[0].EndBaseLine.X.ShouldBe(72 + 133.453, 0.001);
        letters.Zip(letters.Skip(1)).ShouldAllBe(pair => pair.First.StartBaseLine.X >= pair.Second.StartBaseLine.X - 0.001);
        letters[^1].StartBaseLine.X.ShouldBe(72, 0.001);
        // poppler gives a ligature's letters reversed in right-to-left text (lam-alef of "دولار" as "ال"): its
        // own reading of a glyph's multi-letter entry, which MuPDF and PdfPig read as written.
        Tool.On(document, "pdftotext", "{file}", "-").Output.ShouldContain("بلغ حجم التجارة مليار");
        Tool.On(document, "mutool", "draw", "-F", "txt", "-o", "-", "{file}").Output.ShouldContain("بلغ حجم التجارة مليار دولار");
    }

    /// <summary>
    /// "استنادًا": the tanween over the dal is a glyph of its own in the dal's cluster, left of it in HarfBuzz's
    /// order; written after its base, each with its own letter, the word reads back whole with no ActualText.
    /// </summary>
    [SkippableFact]
    public void A_base_and_its_mark_in_a_right_to_left_run_read_back_in_text_order()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Paragraph(page, root, Shaper.Run(Some.Sans, "استنادًا إلى المصدر", 72, 100)));

        using var pdf = document.Open();
        var paragraph = pdf.GetPage(1).GetMarkedContents().Single();
        paragraph.Children.ShouldBeEmpty();
        paragraph.ActualText.ShouldBeNull();
        string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).ShouldBe("استنادًا إلى المصدر");
        Tool.On(document, "mutool", "draw", "-F", "txt", "-o", "-", "{file}").Output.ShouldContain("استنادًا إلى المصدر");
    }

    [SkippableFact]
    public void A_ligature_maps_to_all_its_letters_and_its_run_gets_ActualText()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Paragraph(page, root, Shaper.Run(Some.Sans, Some.Ligatures, 72, 100)));

        using var pdf = document.Open();
        var page = pdf.GetPage(1);
        page.Letters.Select(l => l.Value).ShouldContain("ffi");
        string.Join(' ', page.GetWords().Select(w => w.Text)).ShouldBe("The office filed fifty flights");
        page.GetMarkedContents().Single().Children.Single().ActualText.ShouldBe("The office filed fifty flights");
    }

    [SkippableFact]
    public void A_run_whose_glyphs_spell_its_text_has_no_ActualText()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Paragraph(page, root, Shaper.Run(Some.Sans, Some.Ligatures, 72, 100, ligatures: false)));

        using var pdf = document.Open();
        var paragraph = pdf.GetPage(1).GetMarkedContents().Single();
        paragraph.Children.ShouldBeEmpty();
        paragraph.ActualText.ShouldBeNull();
    }

    /// <summary>HarfBuzz composes "e" + U+0301 into DejaVu's "é" glyph; drawn first, that glyph's ToUnicode entry is the pair.</summary>
    [SkippableFact]
    public void A_glyph_drawn_again_for_other_text_keeps_its_first_mapping_and_the_later_run_gets_ActualText()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Paragraph(page, root, Shaper.Run(Some.Sans, "cafe\u0301", 72, 100));
            Paragraph(page, root, Shaper.Run(Some.Sans, "caf\u00e9", 72, 130));
        });

        using var pdf = document.Open();
        var contents = pdf.GetPage(1).GetMarkedContents();
        contents[0].Children.Single().ActualText.ShouldBe("cafe\u0301");
        contents[1].Children.Single().ActualText.ShouldBe("caf\u00e9");
        contents[1].Children.Single().Letters.Select(l => l.Value).ShouldBe(["c", "a", "f", "e\u0301"]);
    }

    /// <summary>The harakat of "مُحَمَّد" sit 350 and 200 units below the baseline in DejaVu Sans (a text rise).</summary>
    [SkippableFact]
    public void Marks_are_raised_or_lowered_by_their_shaped_offsets()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Paragraph(page, root, Shaper.Run(Some.Sans, "مُحَمَّد", 72, 100, size: 20.48)));

        var (exit, trace) = Tool.On(document, "mutool", "trace", "{file}");
        exit.ShouldBe(0, trace);
        var baselines = trace.Split('\n').Where(l => l.Contains("<g unicode=")).Select(l => Attribute(l, "y")).ToList();
        baselines.Distinct().Order().ShouldBe([738.39, 739.89, 741.89]);
    }

    /// <summary>Cantarell, 1000 units per em: the advances before "line" add up to 9,062 units, 108.744 pt at 12 pt.</summary>
    [SkippableFact]
    public void Text_in_a_cff_font_reads_back_and_sits_where_it_was_shaped()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Paragraph(page, root, Shaper.Run(Some.Cff, "Cantarell draws this line", 72, 100)));

        using var pdf = document.Open();
        Lines(pdf.GetPage(1)).ShouldBe(["Cantarell draws this line"]);
        pdf.GetPage(1).GetWords().Last().Letters[0].StartBaseLine.X.ShouldBe(180.744, 0.001);
    }

    [SkippableFact]
    public void Faces_of_a_collection_are_drawn_from_their_index_cff_and_truetype_alike()
    {
        Some.RequireFonts();
        var collection = FontCollection.Pack(Some.Sans.Path, Some.Cff.Path);
        try
        {
            var document = Written.Page((page, root) =>
            {
                Paragraph(page, root, Shaper.Run(new FontFace(collection, 1), "Second face, CFF", 72, 100));
                Paragraph(page, root, Shaper.Run(new FontFace(collection, 0), "First face, TrueType", 72, 130));
            });

            using var pdf = document.Open();
            Lines(pdf.GetPage(1)).ShouldBe(["Second face, CFF", "First face, TrueType"]);
            var (_, fonts) = Tool.On(document, "pdffonts", "{file}");
            fonts.ShouldContain("Cantarell-Regular-Identity-H  CID Type 0C       Identity-H       yes yes yes");
            fonts.ShouldContain("DejaVuSans                    CID TrueType      Identity-H       yes yes yes");
        }
        finally
        {
            File.Delete(collection);
        }
    }

    [SkippableFact]
    public void An_emboldened_run_is_filled_and_stroked_in_its_colour_and_the_next_run_is_filled_only()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Paragraph(page, root, Shaper.Run(Some.Sans, Some.Latin, 72, 100) with { Emboldening = 0.42 });
            Paragraph(page, root, Shaper.Run(Some.Sans, Some.Cyrillic, 72, 130));
        });

        using var pdf = document.Open();
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var latin = letters.Where(l => l.StartBaseLine.Y > 725).ToList();
        var cyrillic = letters.Where(l => l.StartBaseLine.Y < 725).ToList();
        latin.Count.ShouldBeGreaterThan(10);
        latin.ShouldAllBe(l => l.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke);
        cyrillic.Count.ShouldBeGreaterThan(10);
        cyrillic.ShouldAllBe(l => l.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.Fill);
        var content = System.Text.Encoding.Latin1.GetString(PageContent(pdf));
        content.ShouldContain("q 0 0 0 RG 0.42 w 2 Tr BT ");
        content.IndexOf(" ET\nQ\n", StringComparison.Ordinal).ShouldBeLessThan(content.LastIndexOf("BT ", StringComparison.Ordinal));
    }

    /// <summary>The first page's content stream, decoded.</summary>
    static byte[] PageContent(UglyToad.PdfPig.PdfDocument pdf)
    {
        var objects = new PdfObjects(pdf);
        return PdfObjects.Data(objects.Stream(objects.Page(1), "Contents"));
    }

    internal static void Paragraph(PageCanvas page, TagGroup root, GlyphRun run)
    {
        var id = page.StartTagged(TagKind.P);
        page.Draw(run);
        page.EndTagged();
        root.Open(Tag.P).Add(id);
    }

    /// <summary>The page's words grouped into lines by baseline, joined with single spaces, top to bottom.</summary>
    internal static List<string> Lines(Page page) =>
        [.. page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    private static double Attribute(string line, string name)
    {
        var start = line.IndexOf($" {name}=\"", StringComparison.Ordinal) + name.Length + 3;
        return Math.Round(double.Parse(line[start..line.IndexOf('"', start)], System.Globalization.CultureInfo.InvariantCulture), 2);
    }
}
