using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reports.Brief.Tests;

/// <summary>
/// The scripts corpus (tests/Corpus/scripts): parties, leaders and quotes in Arabic, Hebrew, Persian,
/// Devanagari, Ethiopic, Thai, Chinese, Japanese and Korean, drawn with the shipped fonts alone
/// (<c>--ignore-system-fonts</c>), read back by glyph position. Arabic's extracted text is only exact once
/// the brief goes through our own PDF writer, so these tests read positions and fonts, not Arabic letters.
/// </summary>
public sealed class ScriptsCorpusTests
{
    static readonly Lazy<byte[]> Pdf = new(() =>
        Briefs.Render(Briefs.Load(File.ReadAllBytes(Repository.Path("tests", "Corpus", "scripts", "many-scripts-summit.json"))), Briefs.Options));

    [Fact]
    public void Every_script_is_drawn_by_its_shipped_font_and_none_needs_an_installed_one()
    {
        var summit = Briefs.Load(File.ReadAllBytes(Repository.Path("tests", "Corpus", "scripts", "many-scripts-summit.json")));

        BriefWriter.CheckText(summit, Briefs.Options).ShouldBeEmpty();
        using var pdf = PdfDocument.Open(Pdf.Value);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => Font(l)).ToHashSet();
        fonts.ShouldBeSubsetOf(["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSansArabic-Regular", "NotoSansHebrew-Regular",
            "NotoSansDevanagari-Regular", "NotoSansEthiopic-Regular", "NotoSansThai-Regular", "NotoSansCJKsc-Regular"]);
        fonts.Count.ShouldBe(9);
    }

    [Fact]
    public void An_arabic_name_in_brackets_sits_between_its_brackets_in_the_arabic_font_the_brackets_in_the_latin_one()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        var page = pdf.GetPage(1);
        var secondColumn = page.GetWords().First(w => w.Text == "Ahmed").BoundingBox.Left;
        var line = Line(page, "League").Where(l => l.StartBaseLine.X < secondColumn).ToList();

        var open = line.FindIndex(l => l.Value == "(");
        var arabic = line.FindIndex(l => Font(l) == "NotoSansArabic-Regular");
        open.ShouldBeGreaterThan(0);
        arabic.ShouldBe(open + 1);
        Font(line[open]).ShouldBe("NotoSans-Regular");
        line[..open].ShouldAllBe(l => Font(l) == "NotoSans-Regular");
        line[arabic..].ShouldAllBe(l => Font(l) == "NotoSansArabic-Regular" || l.Value == " ");
    }

    [Fact]
    public void The_arabic_quote_is_aligned_right_and_its_words_run_from_the_right()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        var page = pdf.GetPages().First(p => p.Letters.Any(l => l.Value == "2" && Font(l) == "NotoSansArabic-Regular"));
        var quote = page.Letters.Where(l => Font(l) == "NotoSansArabic-Regular").GroupBy(l => Math.Round(l.StartBaseLine.Y)).Single(g => g.Any(l => l.Value == "2")).OrderBy(l => l.StartBaseLine.X).ToList();
        var paragraph = page.Letters.Where(l => Font(l) == "NotoSans-Regular").Max(l => l.EndBaseLine.X);

        quote.Min(l => l.StartBaseLine.X).ShouldBeGreaterThan(150);
        quote.Max(l => l.EndBaseLine.X).ShouldBe(paragraph - 8, 2);
        // "… 12 مشروعا …": the digits run left to right inside the right-to-left sentence, "1" left of "2",
        // and the full stop, the sentence's end, is its leftmost glyph.
        var one = quote.FindIndex(l => l.Value == "1");
        quote[one + 1].Value.ShouldBe("2");
        quote[0].Value.ShouldBe(".");
    }

    [Fact]
    public void Chinese_japanese_and_korean_quotes_are_drawn_and_read_back_from_the_shipped_cjk_font()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);

        var text = Briefs.Text(pdf);
        text.ShouldContain("我们同意在未来五年内加强合作。");
        // Kanji in Japanese forms are glyphs HarfBuzz's locl chose, which SkiaSharp's PDF maps back to no
        // character (私, 続, 合意 are missing from the text until the brief goes through our own writer);
        // the kana and the kanji whose form is the same in all regions read back.
        text.ShouldContain("たちは協力を");
        text.ShouldContain("けることで");
        text.ShouldContain("우리는 협력을 강화하기로 합의했습니다.");
        text.ShouldContain("China (中国)");
        text.ShouldContain("Xi Jinping (习近平)");
    }

    [Fact]
    public void No_font_changes_inside_a_run_of_one_script()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);

        foreach (var word in pdf.GetPages().SelectMany(p => p.GetWords()).Where(w => w.Letters.Any(l => l.Value.Any(char.IsLetter))))
        {
            var letters = word.Letters.Where(l => l.Value.Any(char.IsLetter)).ToList();
            letters.Select(Font).Distinct().Count().ShouldBe(1, $"\"{word.Text}\" changes font inside a word");
        }
    }

    /// <summary>The font's name without its subset tag ("NotoSans-Regular").</summary>
    static string Font(Letter letter) => letter.FontName is { } name ? name[(name.IndexOf('+') + 1)..] : "";

    static List<Letter> Line(Page page, string startingWith)
    {
        var word = page.GetWords().First(w => w.Text == startingWith);
        return [.. page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - word.Letters[0].StartBaseLine.Y) < 0.5).OrderBy(l => l.StartBaseLine.X)];
    }
}
