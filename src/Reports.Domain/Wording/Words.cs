using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Reports.Domain.Wording;

/// <summary>
/// The words the reports write themselves in one language, from its catalog (Wording/Catalogs/xx.json, a flat
/// JSON file of keys and texts a translator can edit, i18next style: a counted text has one key per CLDR
/// plural category of the language, "key_one", "key_few", "key_many", "key_other"). Placeholders are
/// "{name}"; the dataset's own text is never looked up here.
/// </summary>
public sealed class Words
{
    readonly FrozenDictionary<string, string> _texts;
    readonly Words? _fallback;

    Words(Language language, FrozenDictionary<string, string> texts, Words? fallback)
    {
        Language = language;
        _texts = texts;
        _fallback = fallback;
        Plurals = PluralRules.For(language.Code);
    }

    public Language Language { get; }

    public PluralRules Plurals { get; }

    /// <summary>The catalog's keys (plural keys with their category suffix).</summary>
    public IReadOnlyCollection<string> Keys => _texts.Keys;

    public static Words English => For(Language.English);

    public static Words For(Language language) => Catalogs.GetOrAdd(language.Code, _ => Load(language));

    /// <summary>The words of a culture's language when there is a catalog for it, else English ("de-DE": English).</summary>
    public static Words ForCulture(System.Globalization.CultureInfo culture) => For(Language.Find(culture.Name) ?? Language.English);

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Words> Catalogs = new();

    /// <summary>The text of a key. A key the catalog lacks falls back to English (the catalog tests fail on it first).</summary>
    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text
        : _fallback is not null ? _fallback[key]
        : throw new KeyNotFoundException($"The English catalog has no text '{key}'.");

    /// <summary>The text of a key with its placeholders filled: Format("cover.prepared", ("date", "8 May 2025")).</summary>
    public string Format(string key, params (string Name, string Value)[] values) => Fill(this[key], values);

    /// <summary>"A", "A and B", "A, B and C" in the language ("A、B和C", "A, B et C").</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => Format("list.pair", ("first", items[0]), ("last", items[1])),
        _ => Format("list.last", ("rest", string.Join(this["list.separator"], items.Take(items.Count - 1))), ("last", items[^1])),
    };

    /// <summary>
    /// The counted text for <paramref name="count"/>, in the form the language's plural rules choose, with
    /// "{count}" replaced by <paramref name="countText"/> (the number as the culture writes it, or a word).
    /// </summary>
    public string Count(string key, long count, string countText, params (string Name, string Value)[] values) =>
        Fill(this[PluralKey(key, count)], [("count", countText), .. values]);

    /// <summary>
    /// The key of the form a count takes: "parties_few" for 3 in Russian, "parties_other" in Chinese; an
    /// exact form ("key_=2", as ICU's "=2") wins over the category where the catalog has one ("Both indicators").
    /// </summary>
    public string PluralKey(string key, long count)
    {
        var exactly = $"{key}_={count}";
        if (_texts.ContainsKey(exactly))
            return exactly;
        var category = Plurals.Select(count);
        var exact = $"{key}_{category.ToString().ToLowerInvariant()}";
        return _texts.ContainsKey(exact) || _fallback is null ? exact : $"{key}_other";
    }

    /// <summary>
    /// The placeholders replaced by their values; a value that ends in a full stop ("8 мая 2025 г.", "D.C.")
    /// takes the place of the full stop after it, so no sentence ends "г..". A value the brief marks for
    /// isolation ends in U+2069 (POP DIRECTIONAL ISOLATE) after its own full stop.
    /// </summary>
    static string Fill(string text, (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            var placeholder = "{" + name + "}";
            if (value.TrimEnd('\u2069').EndsWith('.'))
                text = text.Replace(placeholder + ".", placeholder, StringComparison.Ordinal);
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }
        return text;
    }

    static Words Load(Language language)
    {
        var fallback = language == Language.English ? null : English;
        return new Words(language, Read(language.Code).ToFrozenDictionary(StringComparer.Ordinal), fallback);
    }

    /// <summary>The catalog of a language as written, keys to texts.</summary>
    internal static IReadOnlyDictionary<string, string> Read(string code)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"catalog-{code}.json")
            ?? throw new InvalidOperationException($"No catalog for language '{code}' is embedded.");
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in json.RootElement.EnumerateObject())
            texts[entry.Name] = entry.Value.GetString() ?? "";
        return texts;
    }
}
