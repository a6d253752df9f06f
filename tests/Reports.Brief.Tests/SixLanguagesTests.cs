using Reports.Domain.Wording;
using UglyToad.PdfPig.Content;

namespace Reports.Brief.Tests;

/// <summary>
/// The seed in each of the six UN languages, each rendered once and read back two ways: as a reader gets it
/// (every marked sequence, its ActualText where right-to-left text was reordered) and as PdfPig's words. Every
/// word the brief writes itself is in the language, no English label or furniture word is left, numbers and
/// dates are in the language's culture; the dataset's own text stays as written.
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
        { "fr", ["NOTE D’INFORMATION", "Synthèse", "Appréciations clés", "Chiffres clés", "Sommaire", "Annexe : tous les indicateurs", "Page 2 sur 14", "8 mai 2025", "1,6 million", "Extraits à l’appui des chiffres"] },
        { "es", ["INFORME", "Resumen ejecutivo", "Valoraciones clave", "Cifras principales", "Índice", "Anexo: todos los indicadores", "Página 2 de 14", "8 de mayo de 2025", "1,6 millones", "Extractos que respaldan las cifras"] },
        { "ru", ["АНАЛИТИЧЕСКАЯ СПРАВКА", "Краткое содержание", "Ключевые оценки", "Главные цифры", "Содержание", "Приложение: все показатели", "Стр. 2 из 14", "8 мая 2025 г.", "1,6 млн", "Выдержки, на которых основаны цифры"] },
        { "zh", ["简报", "内容提要", "关键判断", "主要数字", "目录", "附录：全部指标", "第 2 页，共 14 页", "2025年5月8日", "160万", "数字所依据的摘录", "会晤。本简报按主题"] },
        { "ar", ["موجز", "الملخص التنفيذي", "التقييمات الرئيسية", "أبرز الأرقام", "المحتويات", "ملحق: جميع المؤشرات", "الصفحة", "مايو", "1.6 مليون"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void The_seed_reads_in_the_language_with_its_numbers_and_dates(string code, string[] expected)
    {
        var reading = ReadingOf(code);
        // PdfPig reads a word's letters in page order, left to right, so an Arabic word comes out reversed: only the marked reading reads Arabic.
        var wordsRead = !Language.Find(code)!.RightToLeft;

        foreach (var words in expected)
        {
            reading.Marked.ShouldContain(words, Case.Sensitive, $"the {code} brief should say “{words}” (marked content)");
            if (wordsRead)
                reading.Words.ShouldContain(words, Case.Sensitive, $"the {code} brief should say “{words}” (words)");
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void No_English_label_is_left_in_another_language(string code)
    {
        var text = ReadingOf(code).Words;
        var dataset = File.ReadAllText(Repository.SeedPath);
        var translated = Words.For(Language.Find(code)!);

        var left = EnglishLabels()
            .Where(label => translated[label.Key] != label.Value && !dataset.Contains(label.Value, StringComparison.Ordinal))
            .Where(label => IsWordIn(text, label.Value))
            .Select(label => $"{label.Key}: “{label.Value}”")
            .ToList();

        left.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void No_english_furniture_word_is_left(string code)
    {
        var text = ReadingOf(code).Marked;

        EnglishFurniture.Where(word => IsWordIn(text, word)).ShouldBeEmpty();
    }

    [Fact]
    public void The_english_brief_has_the_furniture_the_other_languages_must_not() =>
        EnglishFurniture.Where(word => !ReadingOf("en").Marked.Contains(word, StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void English_is_the_language_when_none_is_given() =>
        Briefs.Text(Briefs.Open(Briefs.SeedBytes)).ShouldContain("Executive summary");

    /// <summary>English texts that are whole labels (no placeholders, a word or more).</summary>
    static IEnumerable<KeyValuePair<string, string>> EnglishLabels() =>
        Words.English.Keys.Where(k => !k.Contains('_'))
            .Select(k => KeyValuePair.Create(k, Words.English[k]))
            .Where(l => !l.Value.Contains('{') && l.Value.Length >= 4 && l.Value.Any(char.IsLetter) && !l.Key.StartsWith("date.", StringComparison.Ordinal) && !l.Key.StartsWith("scale.", StringComparison.Ordinal));

    static bool IsWordIn(string text, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<!\w){System.Text.RegularExpressions.Regex.Escape(word)}(?!\w)");

    /// <summary>The seed's brief in one language, both readings.</summary>
    sealed record Reading(string Marked, string Words);

    static readonly Dictionary<string, Reading> Readings = [];

    /// <summary>Renders the seed in the language once per run and reads it back both ways.</summary>
    static Reading ReadingOf(string code)
    {
        lock (Readings)
        {
            if (Readings.TryGetValue(code, out var cached))
                return cached;
            var language = Language.Find(code)!;
            var options = Briefs.Options with { Language = language, Culture = language.Culture() };
            var problems = BriefWriter.CheckText(Briefs.Seed, options);
            Prerequisite.Require(problems.Count == 0, $"a font for the {language.Name} brief's own words ({problems.FirstOrDefault()?.Problem})", "sudo apt-get install fonts-noto-cjk fonts-noto-core");
            using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, options));
            var marked = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetMarkedContents()).Select(Text));
            return Readings[code] = new Reading(System.Text.RegularExpressions.Regex.Replace(marked, @"\s+", " "), Briefs.Text(pdf));
        }
    }

    /// <summary>Every marked sequence of every page in content order (artifacts too: the page numbers), its ActualText where it has one, and each chart's alt text.</summary>
    /// <remarks>A sequence's own letters come before its nested spans' (PdfPig keeps them apart): the Arabic page
    /// number's digits and a date's day and year are not read between its words here (the page number's order is checked from glyph positions,
    /// <see cref="RightToLeftBriefTests"/>).</remarks>
    static string Text(MarkedContentElement content) =>
        content.ActualText ?? string.Concat(content.Letters.Select(l => l.Value)) + " " + string.Join(" ", content.Children.Select(Text));
}
