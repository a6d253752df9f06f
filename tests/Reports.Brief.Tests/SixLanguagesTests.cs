using Reports.Domain.Wording;
using UglyToad.PdfPig.Content;

namespace Reports.Brief.Tests;

/// <summary>
/// The seed in each of the six UN languages, read back as a reader gets it (every marked sequence, its
/// ActualText where right-to-left text was reordered): the brief's furniture in the language, no English
/// furniture word left, numbers and dates in the language's culture.
/// </summary>
public sealed class SixLanguagesTests
{
    /// <summary>Words the English brief writes itself (headings, captions, table headers, page furniture), none of them in the seed's own text.</summary>
    static readonly string[] EnglishFurniture =
    [
        "BRIEFING", "Executive summary", "Key judgements", "Headline figures", "Contents", "Agreements signed",
        "Appendix: all indicators", "Excerpts behind the figures", "Led by", "Party", "Period", "Kind", "Page 2 of",
        "Other figures", "Prepared",
    ];

    public static TheoryData<string, string[]> Expected => new()
    {
        { "en", ["BRIEFING", "Executive summary", "Contents", "Appendix: all indicators", "Page 2 of 14", "8 May 2025", "1.6 million"] },
        { "fr", ["NOTE D’INFORMATION", "Synthèse", "Sommaire", "Annexe : tous les indicateurs", "Page 2 sur 14", "8 mai 2025", "1,6 million"] },
        { "es", ["INFORME", "Resumen ejecutivo", "Índice", "Anexo: todos los indicadores", "Página 2 de 14", "8 de mayo de 2025", "1,6 millones"] },
        { "ru", ["АНАЛИТИЧЕСКАЯ СПРАВКА", "Краткое содержание", "Содержание", "Приложение: все показатели", "Стр. 2 из 14", "8 мая 2025 г.", "1,6 млн"] },
        { "zh", ["简报", "内容提要", "目录", "附录：全部指标", "第 2 页，共 14 页", "2025年5月8日", "160万"] },
        { "ar", ["موجز", "الملخص التنفيذي", "التقييمات الرئيسية", "أبرز الأرقام", "المحتويات", "ملحق: جميع المؤشرات", "الصفحة", "مايو", "1.6 مليون"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void The_seed_reads_in_the_language_with_its_numbers_and_dates(string code, string[] expected)
    {
        var text = TextIn(code);

        foreach (var words in expected)
            text.ShouldContain(words, Case.Sensitive, $"the {code} brief should say “{words}”");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void No_english_furniture_word_is_left(string code)
    {
        var text = TextIn(code);

        EnglishFurniture.Where(word => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<!\w){System.Text.RegularExpressions.Regex.Escape(word)}(?!\w)")).ShouldBeEmpty();
    }

    [Fact]
    public void The_english_brief_has_the_furniture_the_other_languages_must_not() =>
        EnglishFurniture.Where(word => !TextIn("en").Contains(word, StringComparison.Ordinal)).ShouldBeEmpty();

    static readonly Dictionary<string, string> Texts = [];

    /// <summary>Every marked sequence of every page in content order (artifacts too: the page numbers), its ActualText where it has one, and each chart's alt text.</summary>
    static string TextIn(string code)
    {
        lock (Texts)
        {
            if (Texts.TryGetValue(code, out var cached))
                return cached;
            var language = Language.Find(code)!;
            using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, Briefs.Options with { Language = language, Culture = language.Culture() }));
            var sequences = pdf.GetPages().SelectMany(p => p.GetMarkedContents()).Select(Text);
            var text = string.Join(" ", sequences);
            return Texts[code] = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        }
    }

    /// <remarks>A sequence's own letters come before its nested spans' (PdfPig keeps them apart): the Arabic page
    /// number's digits and a date's day and year are not read between its words here (the page number's order is checked from glyph positions,
    /// <see cref="RightToLeftBriefTests"/>).</remarks>
    static string Text(MarkedContentElement content) =>
        content.ActualText ?? string.Concat(content.Letters.Select(l => l.Value)) + " " + string.Join(" ", content.Children.Select(Text));
}
