using System.Globalization;
using Reports.Domain.Wording;

namespace Reports.Domain.Tests.Wording;

/// <summary>Counted words take the form CLDR's plural rules choose, in every language CLDR lists.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 2, PluralCategory.Other)]
    [InlineData("fr", 0, PluralCategory.One)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("fr", 1_000_000, PluralCategory.Many)]
    [InlineData("es", 1, PluralCategory.One)]
    [InlineData("es", 0, PluralCategory.Other)]
    [InlineData("es", 2_000_000, PluralCategory.Many)]
    [InlineData("ru", 1, PluralCategory.One)]
    [InlineData("ru", 21, PluralCategory.One)]
    [InlineData("ru", 2, PluralCategory.Few)]
    [InlineData("ru", 24, PluralCategory.Few)]
    [InlineData("ru", 5, PluralCategory.Many)]
    [InlineData("ru", 11, PluralCategory.Many)]
    [InlineData("ru", 12, PluralCategory.Many)]
    [InlineData("ru", 111, PluralCategory.Many)]
    [InlineData("zh", 1, PluralCategory.Other)]
    [InlineData("zh", 9, PluralCategory.Other)]
    [InlineData("ar", 0, PluralCategory.Zero)]
    [InlineData("ar", 1, PluralCategory.One)]
    [InlineData("ar", 2, PluralCategory.Two)]
    [InlineData("ar", 3, PluralCategory.Few)]
    [InlineData("ar", 10, PluralCategory.Few)]
    [InlineData("ar", 103, PluralCategory.Few)]
    [InlineData("ar", 11, PluralCategory.Many)]
    [InlineData("ar", 99, PluralCategory.Many)]
    [InlineData("ar", 100, PluralCategory.Other)]
    [InlineData("ar", 102, PluralCategory.Other)]
    public void The_six_languages_count_as_CLDR_says(string language, long count, PluralCategory expected) =>
        PluralRules.For(language).Select(count).ShouldBe(expected);

    [Fact]
    public void The_languages_have_the_categories_CLDR_gives_them()
    {
        PluralRules.For("en").Categories.ShouldBe([PluralCategory.One, PluralCategory.Other]);
        PluralRules.For("ru-RU").Categories.ShouldBe([PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other]);
        PluralRules.For("zh-Hans").Categories.ShouldBe([PluralCategory.Other]);
        PluralRules.For("ar").Categories.ShouldBe([PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other]);
    }

    /// <summary>
    /// CLDR writes whole-number samples after each rule ("@integer 2~4, 22~24, …"): every one of them, in every
    /// language, must select its rule's category. The expectations are CLDR's, not ours.
    /// </summary>
    [Fact]
    public void Every_whole_number_sample_CLDR_gives_selects_its_category()
    {
        var checkedSamples = 0;
        var wrong = new List<string>();
        foreach (var (language, rules) in PluralRules.Source)
        {
            var selector = PluralRules.For(language);
            foreach (var (category, text) in rules)
            {
                foreach (var sample in IntegerSamples(text))
                {
                    checkedSamples++;
                    if (selector.Select(sample) != category)
                        wrong.Add($"{language} {sample}: {selector.Select(sample)}, CLDR says {category}");
                }
            }
        }
        wrong.ShouldBeEmpty();
        checkedSamples.ShouldBeGreaterThan(3000);
    }

    /// <summary>"@integer 0, 2~16, 100, 1000, 1c6, …" → 0, 2…16, 100, 1000 (exponent samples such as 1c6 are skipped: counts are written without one).</summary>
    static IEnumerable<long> IntegerSamples(string rule)
    {
        var at = rule.IndexOf("@integer", StringComparison.Ordinal);
        if (at < 0)
            yield break;
        var list = rule[(at + "@integer".Length)..].Split('@')[0];
        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item is "…" || item.Contains('c') || item.Contains('e'))
                continue;
            var range = item.Split('~');
            var from = long.Parse(range[0], CultureInfo.InvariantCulture);
            var to = range.Length > 1 ? long.Parse(range[1], CultureInfo.InvariantCulture) : from;
            for (var n = from; n <= to; n++)
                yield return n;
        }
    }
}
