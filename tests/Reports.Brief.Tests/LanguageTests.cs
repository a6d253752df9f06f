using Reports.Domain.Wording;

namespace Reports.Brief.Tests;

/// <summary>
/// The brief in the six UN languages: every word the brief writes itself is in the language (read back
/// from the PDF), numbers and dates in the language's culture; the dataset's own text stays as written.
/// </summary>
public sealed class LanguageTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        { "fr", ["NOTE D’INFORMATION", "Synthèse", "Appréciations clés", "Chiffres clés", "Sommaire", "Annexe : tous les indicateurs", "Page 2 sur", "8 mai 2025", "1,6 million", "Extraits à l’appui des chiffres"] },
        { "es", ["INFORME", "Resumen ejecutivo", "Valoraciones clave", "Cifras principales", "Índice", "Anexo: todos los indicadores", "Página 2 de", "8 de mayo de 2025", "1,6 millones", "Extractos que respaldan las cifras"] },
        { "ru", ["АНАЛИТИЧЕСКАЯ СПРАВКА", "Краткое содержание", "Ключевые оценки", "Главные цифры", "Содержание", "Приложение: все показатели", "Стр. 2 из", "8 мая 2025 г.", "1,6 млн", "Выдержки, на которых основаны цифры"] },
        { "zh", ["简报", "内容提要", "关键判断", "主要数字", "目录", "附录：全部指标", "第 2 页，共", "2025年5月8日", "160万", "数字所依据的摘录", "会晤。本简报按主题"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void The_brief_writes_its_own_words_numbers_and_dates_in_the_language(string code, string[] expected)
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
    public void No_English_label_is_left_in_another_language(string code)
    {
        var text = TextIn(code);
        var dataset = File.ReadAllText(Repository.SeedPath);
        var translated = Words.For(Language.Find(code)!);

        var left = EnglishLabels()
            .Where(label => translated[label.Key] != label.Value && !dataset.Contains(label.Value, StringComparison.Ordinal))
            .Where(label => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<!\w){System.Text.RegularExpressions.Regex.Escape(label.Value)}(?!\w)"))
            .Select(label => $"{label.Key}: “{label.Value}”")
            .ToList();

        left.ShouldBeEmpty();
    }

    [Fact]
    public void English_is_the_language_when_none_is_given() =>
        Briefs.Text(Briefs.Open(Briefs.SeedBytes)).ShouldContain("Executive summary");

    /// <summary>English texts that are whole labels (no placeholders, a word or more).</summary>
    static IEnumerable<KeyValuePair<string, string>> EnglishLabels() =>
        Words.English.Keys.Where(k => !k.Contains('_'))
            .Select(k => KeyValuePair.Create(k, Words.English[k]))
            .Where(l => !l.Value.Contains('{') && l.Value.Length >= 4 && l.Value.Any(char.IsLetter) && !l.Key.StartsWith("date.", StringComparison.Ordinal) && !l.Key.StartsWith("scale.", StringComparison.Ordinal));

    static readonly Dictionary<string, string> Texts = [];

    static string TextIn(string code)
    {
        lock (Texts)
        {
            if (Texts.TryGetValue(code, out var cached))
                return cached;
            var language = Language.Find(code)!;
            var options = Briefs.Options with { Language = language, Culture = language.Culture() };
            var problems = BriefWriter.CheckText(Briefs.Seed, options);
            Prerequisite.Require(problems.Count == 0, $"a font for the {language.Name} brief's own words ({problems.FirstOrDefault()?.Problem})", "sudo apt-get install fonts-noto-cjk fonts-noto-core");
            using var pdf = Briefs.Open(Briefs.Render(Briefs.Seed, options));
            return Texts[code] = Briefs.Text(pdf);
        }
    }
}
