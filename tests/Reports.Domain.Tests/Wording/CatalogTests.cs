using System.Text.RegularExpressions;
using Reports.Domain.Wording;

namespace Reports.Domain.Tests.Wording;

/// <summary>
/// A catalog a translator edits is complete: every text English has, every plural form its language's CLDR
/// rules need, the same placeholders. A missing key fails here, never in a user's run.
/// </summary>
public sealed partial class CatalogTests
{
    public static TheoryData<string> Languages => [.. Language.All.Select(l => l.Code)];

    static readonly IReadOnlyDictionary<string, string> English = Words.Read("en");

    [Fact]
    public void The_six_UN_languages_have_catalogs() =>
        Language.All.Select(l => l.Code).Order().ShouldBe(["ar", "en", "es", "fr", "ru", "zh"]);

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_catalog_has_every_text_English_has(string code)
    {
        var catalog = Words.Read(code);
        var missing = English.Keys.Where(k => !IsPlural(k)).Where(k => !catalog.ContainsKey(k)).ToList();
        missing.ShouldBeEmpty($"{code}.json lacks these keys");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_counted_text_has_exactly_the_forms_its_language_needs(string code)
    {
        var catalog = Words.Read(code);
        var needed = PluralRules.For(code).Categories.Select(c => c.ToString().ToLowerInvariant()).ToHashSet();
        var problems = new List<string>();
        foreach (var plural in English.Keys.Where(IsPlural).Select(Base).Distinct())
        {
            var forms = catalog.Keys.Where(k => IsPlural(k) && Base(k) == plural).Select(Form).Where(f => !f.StartsWith('=')).ToHashSet();
            if (!forms.SetEquals(needed))
                problems.Add($"{plural}: has {string.Join(", ", forms.Order())}, needs {string.Join(", ", needed.Order())}");
        }
        problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_catalog_has_no_key_English_lacks(string code)
    {
        var known = English.Keys.Select(k => IsPlural(k) ? Base(k) : k).ToHashSet();
        Words.Read(code).Keys.Where(k => !known.Contains(IsPlural(k) ? Base(k) : k)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_text_has_the_placeholders_English_has(string code)
    {
        var catalog = Words.Read(code);
        var problems = new List<string>();
        foreach (var (key, text) in English.Where(e => !IsPlural(e.Key)))
        {
            if (catalog.TryGetValue(key, out var translated) && !Placeholders(translated).SetEquals(Placeholders(text)))
                problems.Add($"{key}: {{{string.Join("}, {", Placeholders(translated))}}}");
        }
        foreach (var plural in English.Keys.Where(IsPlural).Select(Base).Distinct())
        {
            var expected = English.Where(e => IsPlural(e.Key) && Base(e.Key) == plural).SelectMany(e => Placeholders(e.Value)).ToHashSet();
            foreach (var (key, text) in catalog.Where(e => IsPlural(e.Key) && Base(e.Key) == plural))
            {
                // An exact form ("=2": "Both indicators") may leave the count out; nothing else may be left out or added.
                var names = Placeholders(text);
                var allowed = Form(key).StartsWith('=') ? names.IsSubsetOf(expected) : names.SetEquals(expected) || names.SetEquals(expected.Except(["count"]));
                if (!allowed)
                    problems.Add($"{key}: {{{string.Join("}, {", names)}}}");
            }
        }
        problems.ShouldBeEmpty();
    }

    static bool IsPlural(string key) => key.LastIndexOf('_') is var at and > 0 && key[(at + 1)..] is "zero" or "one" or "two" or "few" or "many" or "other" or ['=', ..];

    static string Base(string key) => key[..key.LastIndexOf('_')];

    static string Form(string key) => key[(key.LastIndexOf('_') + 1)..];

    static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void A_value_that_ends_a_sentence_with_its_own_full_stop_gets_no_second_one()
    {
        var russian = Words.For(Language.Find("ru")!);

        russian.Format("summary.lead.two", ("first", "Russia"), ("second", "China"), ("place", "Moscow"), ("date", "8 мая 2025 г."))
            .ShouldBe("Russia и China провели встречу: Moscow, 8 мая 2025 г.");
        Words.English.Format("summary.lead.two", ("first", "Russia"), ("second", "China"), ("place", "Moscow"), ("date", "8 May 2025"))
            .ShouldBe("Russia and China met in Moscow on 8 May 2025.");
    }

    [Fact]
    public void A_value_marked_for_isolation_that_ends_with_a_full_stop_gets_no_second_one() =>
        Words.English.Format("cover.prepared", ("date", "8 May 2025"), ("sources", "\u2068Washington, D.C.\u2069"))
            .ShouldBe("Prepared 8 May 2025 from \u2068Washington, D.C.\u2069");
}
