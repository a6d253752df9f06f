using System.Reflection;
using System.Xml.Linq;

namespace Reports.Domain.Wording;

/// <summary>
/// A language's cardinal plural rules, from CLDR's plurals.xml (committed unchanged beside this file):
/// English has one/other, Russian one/few/many/other, Arabic all six, Chinese only other.
/// </summary>
public sealed class PluralRules
{
    readonly IReadOnlyList<(PluralCategory Category, PluralRule Rule)> _rules;

    PluralRules(string language, IReadOnlyList<(PluralCategory, PluralRule)> rules)
    {
        Language = language;
        _rules = rules;
    }

    public string Language { get; }

    /// <summary>The categories the language distinguishes, in CLDR's order (zero, one, two, few, many, other).</summary>
    public IReadOnlyList<PluralCategory> Categories => [.. _rules.Select(r => r.Category).Order()];

    /// <summary>The category of a whole number: the first rule that matches, else other.</summary>
    public PluralCategory Select(long count)
    {
        foreach (var (category, rule) in _rules)
        {
            if (category != PluralCategory.Other && rule.Matches(count))
                return category;
        }
        return PluralCategory.Other;
    }

    /// <summary>
    /// The rules of a language ("ru", "zh", or a culture name such as "ru-RU"; a region CLDR lists apart, such as
    /// "pt-PT", has its own); CLDR's root (other only) when it lists neither.
    /// </summary>
    public static PluralRules For(string language)
    {
        var parts = language.Replace('-', '_').Split('_');
        var regional = parts.Length > 1 ? $"{parts[0].ToLowerInvariant()}_{parts[1].ToUpperInvariant()}" : null;
        var code = regional is not null && Data.Value.ContainsKey(regional) ? regional : parts[0].ToLowerInvariant();
        return Cache.GetOrAdd(code, c => Data.Value.TryGetValue(c, out var rules) ? new PluralRules(c, rules) : new PluralRules(c, [(PluralCategory.Other, PluralRule.Parse(""))]));
    }

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PluralRules> Cache = new();

    /// <summary>The rules as CLDR writes them, per language: (category, rule text with its samples).</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<(PluralCategory Category, string Text)>> Source => SourceData.Value;

    static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<(PluralCategory, string)>>> SourceData = new(Read);

    static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<(PluralCategory, PluralRule)>>> Data = new(() =>
        SourceData.Value.ToDictionary(l => l.Key, l => (IReadOnlyList<(PluralCategory, PluralRule)>)[.. l.Value.Select(r => (r.Item1, PluralRule.Parse(r.Item2)))]));

    static IReadOnlyDictionary<string, IReadOnlyList<(PluralCategory, string)>> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("cldr-plurals.xml")
            ?? throw new InvalidOperationException("The CLDR plural rules are not embedded in the assembly.");
        var xml = XDocument.Load(stream, LoadOptions.None);
        var result = new Dictionary<string, IReadOnlyList<(PluralCategory, string)>>(StringComparer.Ordinal);
        foreach (var set in xml.Descendants("plurals").Where(p => (string?)p.Attribute("type") == "cardinal").Elements("pluralRules"))
        {
            var rules = set.Elements("pluralRule")
                .Select(r => (Enum.Parse<PluralCategory>((string)r.Attribute("count")!, ignoreCase: true), r.Value))
                .ToList();
            foreach (var locale in ((string)set.Attribute("locales")!).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                result[locale] = rules;
        }
        return result;
    }
}
