using System.Text;
using System.Text.Json.Nodes;

namespace Reports.Hardening.Tests.Generation;

/// <summary>
/// Every corpus case and how its input is made from the seed (input/russia-china-summit-2025.json), at
/// test time (<see cref="CorpusFiles"/>); nothing but this catalog is committed.
/// Paths in mutations use the seed's indexes: indicators[0] documents-signed (count), [1] talks-duration
/// (hours), [4] trade-volume-2024 (USD bn, in charts[0]), [8]/[9] the gas flows (with a direction),
/// [16] Russian visitors (people, in charts[2] and the headline cards); themes[0] overview … [9] education.
/// </summary>
internal static class CorpusCatalog
{
    const string Syntax = "malformed-json";
    const string Encoding8 = "encoding";
    const string TopLevel = "top-level";
    const string Types = "wrong-type";
    const string Missing = "missing-field";
    const string Unknown = "unknown-field";
    const string Duplicates = "duplicate-id";
    const string Dangling = "dangling-reference";
    const string Numbers = "number";
    const string Dates = "date-period";
    const string Charts = "chart";
    const string Empty = "empty-array";
    const string Lengths = "length";
    const string Unicode = "unicode";
    const string Formulas = "formula-text";
    const string Names = "file-name";
    const string Io = "file-system";

    public static IReadOnlyList<(CorpusCase Case, Func<string, byte[]?> Build)> All { get; } = Build();

    static List<(CorpusCase, Func<string, byte[]?>)> Build()
    {
        var cases = new List<(CorpusCase, Func<string, byte[]?>)>();

        void Text(string file, string category, int exit, string[] mentions, Func<string, string> make, string note) =>
            cases.Add((new CorpusCase { File = file, Category = category, Exit = exit, Mentions = mentions, Note = note }, seed => Encoding.UTF8.GetBytes(make(seed))));

        void Reject(string file, string category, string[] mentions, string[] forbidden, Func<string, string> make, string note) =>
            cases.Add((new CorpusCase { File = file, Category = category, Exit = 2, Mentions = mentions, Forbidden = forbidden, Note = note }, seed => Encoding.UTF8.GetBytes(make(seed))));

        void Bytes(string file, string category, int exit, string[] mentions, Func<string, byte[]> make, string note) =>
            cases.Add((new CorpusCase { File = file, Category = category, Exit = exit, Mentions = mentions, Note = note }, make));

        void Edit(string file, string category, int exit, string[] mentions, Action<JsonEdit> edit, string note) =>
            cases.Add((new CorpusCase { File = file, Category = category, Exit = exit, Mentions = mentions, Note = note }, seed =>
            {
                var doc = new JsonEdit(seed);
                edit(doc);
                return doc.Bytes();
            }
        ));

        void Valid(CorpusCase meta, Action<JsonEdit> edit) =>
            cases.Add((meta, seed =>
            {
                var doc = new JsonEdit(seed);
                edit(doc);
                return doc.Bytes();
            }
        ));

        // ---- Malformed JSON -------------------------------------------------------------------------
        Text("syntax-truncated-in-first-string.json", Syntax, 2, ["$", "truncated"], s => s[..s.IndexOf("./summ", StringComparison.Ordinal)], "Cut inside the first string value.");
        Text("syntax-truncated-after-key.json", Syntax, 2, ["$.indicators", "truncated"], s => s[..(s.IndexOf("\n  \"indicators\":", StringComparison.Ordinal) + "\n  \"indicators\":".Length)], "Cut right after the root's \"indicators\": and its colon.");
        Text("syntax-truncated-half.json", Syntax, 2, ["truncated"], s => s[..(s.Length / 2)], "Cut in the middle of the file.");
        Text("syntax-truncated-last-brace.json", Syntax, 2, ["truncated"], s => s.TrimEnd()[..^1], "Everything but the closing brace.");
        Text("syntax-trailing-comma-object.json", Syntax, 2, ["$.event.documentsSignedIndicator", "trailing comma"], s => Once(s, "\"documentsSignedIndicator\": \"documents-signed\"\n", "\"documentsSignedIndicator\": \"documents-signed\",\n"), "A comma after the last property of an object.");
        Text("syntax-trailing-comma-array.json", Syntax, 2, ["$.summary.headlineIndicators[5]", "trailing comma"], s => Once(s, "\"talks-duration\"\n    ]", "\"talks-duration\",\n    ]"), "A comma after the last item of an array.");
        Text("syntax-bad-escape.json", Syntax, 2, ["$.event.title", "escape"], s => Once(s, "Summit, Moscow 2025", "Summit, \\q Moscow 2025"), "\\q is not a JSON escape.");
        Text("syntax-bad-unicode-escape.json", Syntax, 2, ["$.event.place", "escape"], s => Once(s, "\"Moscow, Russia\"", "\"Moscow\\u12G4, Russia\""), "\\u followed by a non-hex digit.");
        Text("syntax-unterminated-string.json", Syntax, 2, ["$.event.place"], s => Once(s, "\"Moscow, Russia\",", "\"Moscow, Russia,"), "A string whose closing quote is missing runs into the next line.");
        Text("syntax-single-quotes.json", Syntax, 2, ["$"], s => Once(s, "\"schemaVersion\": \"1.1\"", "'schemaVersion': '1.1'"), "Single-quoted name and value.");
        Text("syntax-line-comment.json", Syntax, 2, ["Comments"], s => Once(s, "  \"schemaVersion\"", "  // format version\n  \"schemaVersion\""), "A // comment.");
        Text("syntax-block-comment.json", Syntax, 2, ["Comments"], s => Once(s, "  \"event\": {", "  /* the meeting */ \"event\": {"), "A /* */ comment.");
        Text("syntax-unquoted-key.json", Syntax, 2, ["$"], s => Once(s, "\"schemaVersion\": \"1.1\"", "schemaVersion: \"1.1\""), "A property name without quotes.");
        Text("syntax-missing-comma.json", Syntax, 2, ["$.schemaVersion"], s => Once(s, "\"schemaVersion\": \"1.1\",", "\"schemaVersion\": \"1.1\""), "Two properties without a comma between them.");
        Text("syntax-missing-colon.json", Syntax, 2, ["$.event"], s => Once(s, "\"place\": \"Moscow, Russia\"", "\"place\" \"Moscow, Russia\""), "A property without its colon.");
        Text("syntax-leading-zero.json", Syntax, 2, ["$.indicators[0].value"], s => Once(s, "\"value\": 36,", "\"value\": 036,"), "JSON numbers have no leading zeros.");
        Text("syntax-hex-number.json", Syntax, 2, ["$.indicators[0].value"], s => Once(s, "\"value\": 36,", "\"value\": 0x24,"), "Hexadecimal is not JSON.");
        Text("syntax-plus-number.json", Syntax, 2, ["$.indicators[0].value"], s => Once(s, "\"value\": 36,", "\"value\": +36,"), "A leading + is not JSON.");
        Text("syntax-nan.json", Syntax, 2, ["$.indicators[0].value"], s => Once(s, "\"value\": 36,", "\"value\": NaN,"), "NaN is not a JSON number.");
        Text("syntax-infinity.json", Syntax, 2, ["$.indicators[4].value"], s => Once(s, "\"value\": 245,", "\"value\": Infinity,"), "Infinity is not a JSON number.");
        Text("syntax-minus-infinity.json", Syntax, 2, ["$.indicators[4].value"], s => Once(s, "\"value\": 245,", "\"value\": -Infinity,"), "-Infinity is not a JSON number.");
        Text("syntax-raw-tab-in-string.json", Syntax, 2, ["$.event.place", "control character"], s => Once(s, "\"Moscow, Russia\"", "\"Moscow,\tRussia\""), "A raw tab inside a string must be escaped.");
        Text("syntax-raw-control-in-string.json", Syntax, 2, ["$.event.place", "control character"], s => Once(s, "\"Moscow, Russia\"", "\"Moscow,\u0001Russia\""), "A raw U+0001 inside a string.");
        Text("syntax-nul-byte.json", Syntax, 2, ["$"], s => Once(s, "\"schemaVersion\"", "\0\"schemaVersion\""), "A NUL byte between tokens.");
        Reject("syntax-duplicate-key-root.json", Syntax, ["$.schemaVersion", "twice"], ["$.sources[0].note"], s => Once(s, "\"schemaVersion\": \"1.1\",", "\"schemaVersion\": \"1.1\",\n  \"schemaVersion\": \"1.1\","), "The same property twice in the root object.");
        Reject("syntax-duplicate-key-nested.json", Syntax, ["$.indicators[0].value", "twice"], ["$.sources[0].note"], s => Once(s, "\"value\": 36,", "\"value\": 36,\n      \"value\": 37,"), "The same property twice in an indicator.");
        Reject("syntax-garbage-after-document.json", Syntax, ["$", "follows the end"], ["truncated", "ends too early"], s => s + "{}\n", "A second value after the document: the file is too long, not truncated.");
        Reject("syntax-extra-closing-brace.json", Syntax, ["$", "follows the end"], ["truncated", "ends too early"], s => s + "}\n", "One closing brace too many.");
        Text("syntax-nesting-10000-arrays.json", Syntax, 2, ["$.event", "nested"], _ => "{\"schemaVersion\": \"1.0\", \"event\": " + new string('[', 10_000) + new string(']', 10_000) + "}\n", "10,000 nested arrays must fail politely, not overflow the stack.");
        Text("syntax-nesting-10000-objects.json", Syntax, 2, ["nested"], _ => string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + "\n", "10,000 nested objects.");
        Text("syntax-lone-high-surrogate-value.json", Syntax, 2, ["$.event.place"], s => Once(s, "\"Moscow, Russia\"", "\"Moscow \\ud800 Russia\""), "Valid JSON grammar, but \\ud800 alone is no character: the text cannot be read as Unicode.");
        Text("syntax-lone-low-surrogate-key.json", Syntax, 2, ["$.event"], s => Once(s, "\"place\":", "\"pl\\udc00ace\":"), "A lone low surrogate escape in a property name.");

        // ---- Encodings and empty files ----------------------------------------------------------------
        Bytes("encoding-bom.json", Encoding8, 2, ["$", "byte order mark"], s => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s)], "UTF-8 with a byte order mark.");
        Bytes("encoding-invalid-utf8-ff.json", Encoding8, 2, ["$", "UTF-8"], s => Splice(s, "Moscow, Russia", [0xFF]), "A 0xFF byte inside a string.");
        Bytes("encoding-overlong-utf8.json", Encoding8, 2, ["$", "UTF-8"], s => Splice(s, "Moscow, Russia", [0xC0, 0xAF]), "An overlong encoding of '/'.");
        Bytes("encoding-truncated-utf8-sequence.json", Encoding8, 2, ["$", "UTF-8"], s => Splice(s, "Moscow, Russia", [0xE2, 0x80]), "A three-byte sequence cut after two bytes.");
        Bytes("encoding-cesu-surrogate.json", Encoding8, 2, ["$", "UTF-8"], s => Splice(s, "Moscow, Russia", [0xED, 0xA0, 0x80]), "A surrogate encoded as UTF-8 (CESU-8), invalid in UTF-8.");
        Bytes("encoding-utf16le-bom.json", Encoding8, 2, ["$"], s => [.. new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble(), .. Encoding.Unicode.GetBytes(s)], "The seed saved as UTF-16 LE with a BOM.");
        Bytes("encoding-utf16be.json", Encoding8, 2, ["$"], s => Encoding.BigEndianUnicode.GetBytes(s), "The seed saved as UTF-16 BE without a BOM.");
        Bytes("encoding-empty.json", Encoding8, 2, ["$", "empty"], _ => [], "A file of zero bytes.");
        Bytes("encoding-whitespace-only.json", Encoding8, 2, ["$", "empty"], _ => Encoding.UTF8.GetBytes("  \n\t\r\n   \n"), "Only whitespace.");

        // ---- Valid JSON that is not a dataset ---------------------------------------------------------
        Text("top-level-number.json", TopLevel, 2, ["$", "Wrong type"], _ => "42\n", "A bare number.");
        Text("top-level-array.json", TopLevel, 2, ["$", "Wrong type"], s => "[\n" + s.TrimEnd() + "\n]\n", "The dataset wrapped in an array.");
        Text("top-level-string.json", TopLevel, 2, ["$", "Wrong type"], _ => "\"summit\"\n", "A bare string.");
        Text("top-level-null.json", TopLevel, 2, ["$", "Wrong type"], _ => "null\n", "null.");
        Text("top-level-empty-object.json", TopLevel, 2, ["$", "Missing required"], _ => "{}\n", "An empty object.");
        Edit("top-level-schema-version-2.json", TopLevel, 2, ["$.schemaVersion", "\"1.0\""], d => d.Set("schemaVersion", "2.0"), "A format version this tool does not know.");

        // ---- Wrong types ------------------------------------------------------------------------------
        Edit("type-value-string.json", Types, 2, ["$.indicators[0].value", "a number"], d => d.Set("indicators[0].value", "36"), "A number written as a string.");
        Edit("type-value-boolean.json", Types, 2, ["$.indicators[4].value", "a number"], d => d.Set("indicators[4].value", JsonValue.Create(true)), "A boolean for a number.");
        Edit("type-title-number.json", Types, 2, ["$.event.title", "a string"], d => d.Set("event.title", 42), "A number for a string.");
        Edit("type-themes-object.json", Types, 2, ["$.themes", "an array"], d => d.Set("themes", new JsonObject { ["overview"] = d.Copy("themes[0]") }), "An object for an array.");
        Edit("type-summary-array.json", Types, 2, ["$.summary", "an object"], d => d.Set("summary", new JsonArray()), "An array for an object.");
        Edit("type-date-null.json", Types, 2, ["$.event.date", "null"], d => d.Set("event.date", (JsonNode?)null), "null where a date is required.");
        Edit("type-indicator-null.json", Types, 2, ["$.indicators[3]", "null"], d => d.Set("indicators[3]", (JsonNode?)null), "null for a whole indicator.");
        Edit("type-date-inferred-string.json", Types, 2, ["$.event.dateInferred", "true or false"], d => d.Set("event.dateInferred", "yes"), "A string for a boolean.");
        Edit("type-parties-string.json", Types, 2, ["$.event.parties", "an array"], d => d.Set("event.parties", "ru, cn"), "A string for the parties array.");
        Edit("type-judgement-string.json", Types, 2, ["$.summary.keyJudgements[0]", "an object"], d => d.Set("summary.keyJudgements[0]", "Substantial talks."), "A string for a key-judgement object.");
        Edit("type-series-id-number.json", Types, 2, ["$.charts[0].series[0].indicators[0]"], d => d.Set("charts[0].series[0].indicators[0]", 245), "A number where a series names an indicator id (or null).");
        Edit("type-direction-string.json", Types, 2, ["$.indicators[8].direction", "an object"], d => d.Set("indicators[8].direction", "ru->cn"), "A string for a direction object.");
        Edit("type-schema-version-number.json", Types, 2, ["$.schemaVersion"], d => d.SetRaw("schemaVersion", "1.0"), "The version as the number 1.0, not the string.");

        // ---- Missing required fields ------------------------------------------------------------------
        foreach (var name in new[] { "schemaVersion", "event", "summary", "themes", "indicators", "charts", "agreements", "sources" })
            Edit($"missing-root-{name}.json", Missing, 2, ["$:", $"\"{name}\""], d => d.Remove(name), $"The root without \"{name}\".");
        Edit("missing-event-title.json", Missing, 2, ["$.event:", "\"title\""], d => d.Remove("event.title"), "An event without a title.");
        Edit("missing-event-date.json", Missing, 2, ["$.event:", "\"date\""], d => d.Remove("event.date"), "An event without a date.");
        Edit("missing-event-parties.json", Missing, 2, ["$.event:", "\"parties\""], d => d.Remove("event.parties"), "An event without parties (leaders then name unknown parties too).");
        Edit("missing-indicator-value.json", Missing, 2, ["$.indicators[0]:", "\"value\""], d => d.Remove("indicators[0].value"), "An indicator without its value.");
        Edit("missing-indicator-unit.json", Missing, 2, ["$.indicators[4]:", "\"unit\""], d => d.Remove("indicators[4].unit"), "An indicator without a unit.");
        Edit("missing-indicator-source.json", Missing, 2, ["$.indicators[2]:", "\"source\""], d => d.Remove("indicators[2].source"), "An indicator without a source.");
        Edit("missing-theme-id.json", Missing, 2, ["$.themes[0]:", "\"id\""], d => d.Remove("themes[0].id"), "A theme without an id (indicators then point to an unknown theme too).");
        Edit("missing-chart-series.json", Missing, 2, ["$.charts[0]:", "\"series\""], d => d.Remove("charts[0].series"), "A chart without series.");
        Edit("missing-source-title.json", Missing, 2, ["$.sources[0]:", "\"title\""], d => d.Remove("sources[0].title"), "A source without a title.");
        Edit("missing-leader-party.json", Missing, 2, ["$.event.leaders[1]:", "\"party\""], d => d.Remove("event.leaders[1].party"), "A leader without a party.");
        Edit("missing-document-source.json", Missing, 2, ["$.agreements[0].documents[0]:", "\"source\""], d => d.Remove("agreements[0].documents[0].source"), "A signed document without a source.");
        Edit("missing-headline-indicators.json", Missing, 2, ["$.summary:", "\"headlineIndicators\""], d => d.Remove("summary.headlineIndicators"), "A summary without headline cards.");

        // ---- Unknown fields ---------------------------------------------------------------------------
        Edit("unknown-root-field.json", Unknown, 2, ["$.version", "Unknown property"], d => d.Put("", "version", "1.0"), "An extra property in the root.");
        Edit("unknown-indicator-field.json", Unknown, 2, ["$.indicators[2].valeu", "Unknown property"], d => d.Put("indicators[2]", "valeu", 80), "A misspelt property.");
        Edit("unknown-field-wrong-case.json", Unknown, 2, ["$.event.Place", "Unknown property"], d => d.Put("event", "Place", "Moscow"), "Property names are case-sensitive.");
        Edit("unknown-field-odd-name.json", Unknown, 2, ["$.themes[0]['odd name\\'s key']", "Unknown property"], d => d.Put("themes[0]", "odd name's key", 1), "An unknown property whose name needs quoting in a path.");

        // ---- Duplicate ids ----------------------------------------------------------------------------
        Edit("duplicate-indicator-id.json", Duplicates, 2, ["$.indicators[1].id", "Duplicate indicator id"], d => d.Set("indicators[1].id", "documents-signed"), "Two indicators with one id.");
        Edit("duplicate-theme-id.json", Duplicates, 2, ["$.themes[1].id", "Duplicate theme id"], d => d.Set("themes[1].id", "overview"), "Two themes with one id.");
        Edit("duplicate-chart-id.json", Duplicates, 2, ["$.charts[1].id", "Duplicate chart id"], d => d.Set("charts[1].id", "trade-vs-investment"), "Two charts with one id.");
        Edit("duplicate-party-id.json", Duplicates, 2, ["$.event.parties[1].id", "Duplicate party id"], d => d.Set("event.parties[1].id", "ru"), "Two parties with one id.");
        Edit("duplicate-source-id.json", Duplicates, 2, ["$.sources[1].id", "Duplicate source id"], d => d.Append("sources", d.Copy("sources[0]")), "A source listed twice.");
        Edit("duplicate-agreement-category-id.json", Duplicates, 2, ["$.agreements[1].id", "Duplicate agreement category id"], d => d.Set("agreements[1].id", "joint-statements"), "Two agreement categories with one id.");

        // ---- Dangling references ----------------------------------------------------------------------
        Edit("dangling-indicator-theme.json", Dangling, 2, ["$.indicators[0].theme", "Unknown theme"], d => d.Set("indicators[0].theme", "no-such-theme"), "An indicator in a theme that does not exist.");
        Edit("dangling-indicator-source.json", Dangling, 2, ["$.indicators[0].source", "Unknown source"], d => d.Set("indicators[0].source", "nowhere"), "An indicator citing an unknown source.");
        Edit("dangling-chart-indicator.json", Dangling, 2, ["$.charts[0].series[0].indicators[1]", "Unknown indicator"], d => d.Set("charts[0].series[0].indicators[1]", "missing-indicator"), "A chart bar naming an unknown indicator.");
        Edit("dangling-chart-theme.json", Dangling, 2, ["$.charts[1].theme", "Unknown theme"], d => d.Set("charts[1].theme", "ghost"), "A chart in an unknown theme.");
        Edit("dangling-headline.json", Dangling, 2, ["$.summary.headlineIndicators[2]", "Unknown indicator"], d => d.Set("summary.headlineIndicators[2]", "ghost"), "A headline card naming an unknown indicator.");
        Edit("dangling-judgement-indicator.json", Dangling, 2, ["$.summary.keyJudgements[1].indicators[0]", "Unknown indicator"], d => d.Set("summary.keyJudgements[1].indicators[0]", "ghost"), "A key judgement citing an unknown indicator.");
        Edit("dangling-key-figure.json", Dangling, 2, ["$.themes[3].keyFigures[0]", "Unknown indicator"], d => d.Set("themes[3].keyFigures[0]", "ghost"), "A key-figure card naming an unknown indicator.");
        Edit("dangling-leader-party.json", Dangling, 2, ["$.event.leaders[1].party", "Unknown party"], d => d.Set("event.leaders[1].party", "us"), "A leader of an unknown party.");
        Edit("dangling-direction-from.json", Dangling, 2, ["$.indicators[8].direction.from", "Unknown party"], d => d.Set("indicators[8].direction.from", "kz"), "A flow from an unknown party.");
        Edit("dangling-direction-to.json", Dangling, 2, ["$.indicators[9].direction.to", "Unknown party"], d => d.Set("indicators[9].direction.to", "jp"), "A flow to an unknown party.");
        Edit("dangling-direction-to-itself.json", Dangling, 2, ["$.indicators[8].direction", "itself"], d => d.Set("indicators[8].direction.to", "ru"), "A flow from a party to itself.");
        Edit("dangling-duration-indicator.json", Dangling, 2, ["$.event.durationIndicator", "Unknown indicator"], d => d.Set("event.durationIndicator", "talks-length"), "The event's duration names an unknown indicator.");
        Edit("dangling-documents-signed-indicator.json", Dangling, 2, ["$.event.documentsSignedIndicator", "Unknown indicator"], d => d.Set("event.documentsSignedIndicator", "docs"), "The documents count names an unknown indicator.");
        Edit("dangling-quote-source.json", Dangling, 2, ["$.themes[0].quotes[0].source", "Unknown source"], d => d.Set("themes[0].quotes[0].source", "interview"), "A quote citing an unknown source.");
        Edit("dangling-document-source.json", Dangling, 2, ["$.agreements[0].documents[0].source", "Unknown source"], d => d.Set("agreements[0].documents[0].source", "ghost"), "A signed document citing an unknown source.");

        // ---- Numbers ----------------------------------------------------------------------------------
        Edit("number-1e309.json", Numbers, 2, ["$.indicators[4].value", "out of range"], d => d.SetRaw("indicators[4].value", "1e309"), "Valid JSON, but beyond the largest double.");
        Edit("number-minus-1e309.json", Numbers, 2, ["$.indicators[4].value", "out of range"], d => d.SetRaw("indicators[4].value", "-1e309"), "Valid JSON, but below the smallest double.");
        Edit("number-400-digit-integer.json", Numbers, 2, ["$.indicators[0].value", "out of range"], d => d.SetRaw("indicators[0].value", "1" + new string('0', 400)), "An integer of 401 digits.");
        Edit("number-negative-count.json", Numbers, 2, ["$.indicators[0].value", "negative"], d => d.Set("indicators[0].value", -36), "A count below zero.");
        Edit("number-negative-people.json", Numbers, 2, ["$.indicators[16].value", "negative"], d => d.Set("indicators[16].value", -1600000), "A number of people below zero.");
        Edit("number-negative-year.json", Numbers, 2, ["$.indicators[7].value", "negative"], d => d.Set("indicators[7].value", -2030), "A year value below zero.");
        Edit("number-fractional-count-valid.json", Numbers, 0, [], d => d.Set("indicators[0].value", 35.5), "Half a document: odd, but nothing says counts are whole.");
        // Figures are bounded at ±1e15 (a quadrillion): beyond it no card, axis or cell shows a number faithfully.
        Edit("number-huge.json", Numbers, 2, ["$.indicators[4].value", "larger"], d => d.SetRaw("indicators[4].value", "1e308"), "1e308 is finite but beyond what a report can show.");
        Edit("number-max-double-in-chart.json", Numbers, 2, ["$.indicators[4].value", "larger"], d => d.SetRaw("indicators[4].value", "1.7976931348623157e308"), "The largest double, in a chart.");
        Edit("number-min-double-in-chart.json", Numbers, 2, ["$.indicators[4].value", "smaller"], d => d.SetRaw("indicators[4].value", "-1.7976931348623157e308"), "The most negative double, in a chart.");
        Valid(new CorpusCase { File = "number-largest-and-tiny-valid.json", Category = Numbers, Exit = 0, Note = "The bounds themselves and the smallest denormal: cards, charts and cells must draw them." }, d =>
        {
            d.SetRaw("indicators[4].value", "1e15");
            d.SetRaw("indicators[6].value", "5e-324");
            d.SetRaw("indicators[16].value", "1e15");
        });
        Valid(new CorpusCase { File = "number-negative-money-valid.json", Category = Numbers, Exit = 0, Note = "Money may be negative (a deficit): a negative bar next to a positive one." }, d => d.Set("indicators[4].value", -245));
        Valid(new CorpusCase { File = "number-zero-everywhere-valid.json", Category = Numbers, Exit = 0, Note = "Every value 0: charts with a zero range must still draw." }, d =>
        {
            for (var i = 0; i < 24; i++)
                d.Set($"indicators[{i}].value", 0);
        });

        // ---- Dates and periods ------------------------------------------------------------------------
        Edit("date-february-30.json", Dates, 2, ["$.event.date", "not a real calendar date"], d => d.Set("event.date", "2025-02-30"), "A date that does not exist.");
        Edit("date-month-13.json", Dates, 2, ["$.event.date", "not a real calendar date"], d => d.Set("event.date", "2025-13-01"), "Month 13.");
        Edit("date-not-iso.json", Dates, 2, ["$.event.date", "not in the right form"], d => d.Set("event.date", "08/05/2025"), "A date in another format.");
        Edit("date-year-1899.json", Dates, 2, ["$.event.date", "1899"], d => d.Set("event.date", "1899-12-31"), "An event before 1900.");
        Edit("date-published-not-leap.json", Dates, 2, ["$.sources[0].published", "not a real calendar date"], d => d.Put("sources[0]", "published", "2025-02-29"), "29 February in a year that is not a leap year.");
        Valid(new CorpusCase { File = "date-leap-day-valid.json", Category = Dates, Exit = 0, Note = "29 February 2024 exists." }, d => d.Set("event.date", "2024-02-29"));
        Edit("period-1066.json", Dates, 2, ["$.indicators[4].period", "1066"], d => d.Set("indicators[4].period", "1066"), "A period before 1900.");
        Edit("period-2999.json", Dates, 2, ["$.indicators[4].period", "2999"], d => d.Set("indicators[4].period", "2999"), "A period after 2100.");
        Edit("period-reversed-range.json", Dates, 2, ["$.indicators[11].period", "ends before it starts"], d => d.Set("indicators[11].period", "2026/2024"), "A range that ends before it starts.");
        Edit("period-month-00.json", Dates, 2, ["$.indicators[5].period", "2025-00"], d => d.Set("indicators[5].period", "2025-00"), "Month 00.");
        Edit("period-february-30.json", Dates, 2, ["$.indicators[0].period", "2025-02-30"], d => d.Set("indicators[0].period", "2025-02-30"), "A period on a day that does not exist.");
        Edit("period-year-0000.json", Dates, 2, ["$.indicators[2].period", "0000"], d => d.Set("indicators[2].period", "0000"), "Year zero.");
        Edit("period-free-text.json", Dates, 2, ["$.indicators[2].period", "not in the right form"], d => d.Set("indicators[2].period", "this year"), "Words for a period.");

        // ---- Charts -----------------------------------------------------------------------------------
        Edit("chart-series-shorter-than-categories.json", Charts, 2, ["$.charts[0].series[0].indicators", "2 categories"], d => d.Keep("charts[0].series[0].indicators", 1), "One value for two categories.");
        Edit("chart-series-longer-than-categories.json", Charts, 2, ["$.charts[4].series[0].indicators", "4 categories"], d => d.Append("charts[4].series[0].indicators", "education-programmes"), "Five values for four categories.");
        Edit("chart-mixed-units.json", Charts, 2, ["$.charts[0].series[0].indicators[1]", "mixes units"], d => d.Set("charts[0].series[0].indicators[1]", "documents-signed"), "USD bn and a count in one chart.");
        Edit("chart-all-null.json", Charts, 2, ["$.charts[0].series", "no values"], d => d.Set("charts[0].series[0].indicators", new JsonArray(null, null)), "A chart with nothing to draw.");
        Edit("chart-type-pie.json", Charts, 2, ["$.charts[0].type", "not an allowed value"], d => d.Set("charts[0].type", "pie"), "A chart type that does not exist.");
        Edit("chart-25-categories.json", Charts, 2, ["$.charts[3].categories", "Too many items"], d =>
        {
            var categories = new JsonArray();
            var ids = new JsonArray();
            for (var i = 0; i < 25; i++)
            {
                categories.Add($"Category {i + 1}");
                ids.Add("education-programmes");
            }
            d.Set("charts[3].categories", categories);
            d.Set("charts[3].series[0].indicators", ids);
        }, "More categories than a chart can show (24).");

        // ---- Empty arrays -----------------------------------------------------------------------------
        Edit("empty-themes.json", Empty, 2, ["$.themes", "Too few items"], d => d.Set("themes", new JsonArray()), "No themes.");
        Edit("empty-indicators.json", Empty, 2, ["$.indicators", "Too few items"], d => d.Set("indicators", new JsonArray()), "No indicators.");
        Edit("empty-sources.json", Empty, 2, ["$.sources", "Too few items"], d => d.Set("sources", new JsonArray()), "No sources.");
        Edit("empty-one-party.json", Empty, 2, ["$.event.parties", "Too few items"], d => d.Keep("event.parties", 1), "A bilateral meeting of one party.");
        Edit("empty-leaders.json", Empty, 2, ["$.event.leaders", "Too few items"], d => d.Set("event.leaders", new JsonArray()), "No leaders.");
        Edit("empty-key-judgements.json", Empty, 2, ["$.summary.keyJudgements", "Too few items"], d => d.Set("summary.keyJudgements", new JsonArray()), "No key judgements.");
        Edit("empty-headline-indicators.json", Empty, 2, ["$.summary.headlineIndicators", "Too few items"], d => d.Set("summary.headlineIndicators", new JsonArray()), "No headline cards.");
        Edit("empty-chart-categories.json", Empty, 2, ["$.charts[0].categories", "Too few items"], d => d.Set("charts[0].categories", new JsonArray()), "A chart without categories.");
        Edit("empty-chart-series.json", Empty, 2, ["$.charts[0].series", "Too few items"], d => d.Set("charts[0].series", new JsonArray()), "A chart without series.");
        Edit("empty-agreement-documents.json", Empty, 2, ["$.agreements[0].documents", "Too few items"], d => d.Set("agreements[0].documents", new JsonArray()), "An agreement category with no document.");
        Valid(new CorpusCase { File = "empty-optional-arrays-valid.json", Category = Empty, Exit = 0, Note = "No charts, no agreements, themes without paragraphs, quotes or key figures: all allowed, the brief simply has less." }, d =>
        {
            d.Set("charts", new JsonArray());
            d.Set("agreements", new JsonArray());
            for (var i = 0; i < 10; i++)
            {
                d.Set($"themes[{i}].summary", new JsonArray());
                d.Set($"themes[{i}].quotes", new JsonArray());
                d.Set($"themes[{i}].keyFigures", new JsonArray());
            }
            for (var i = 0; i < 5; i++)
                d.Set($"summary.keyJudgements[{i}].indicators", new JsonArray());
        });
        Edit("too-many-key-judgements.json", Empty, 2, ["$.summary.keyJudgements", "Too many items"], d =>
        {
            for (var i = 0; i < 4; i++)
                d.Append("summary.keyJudgements", d.Copy("summary.keyJudgements[0]"));
        }, "Nine key judgements; at most eight.");

        // ---- Lengths (the schema caps text: shortText 400, text 20,000 characters) -------------------
        Edit("length-label-1mb.json", Lengths, 2, ["$.indicators[0].label", "too long"], d => d.Set("indicators[0].label", Words(1_000_000)), "A label of 1,000,000 characters.");
        Edit("length-paragraph-1mb.json", Lengths, 2, ["$.themes[0].summary[0]", "too long"], d => d.Set("themes[0].summary[0]", Words(1_000_000)), "A summary paragraph of 1,000,000 characters: text is capped at 20,000.");
        Valid(new CorpusCase { File = "length-paragraph-20000-valid.json", Category = Lengths, Exit = 0, Note = "A paragraph of exactly 20,000 characters (the cap) is allowed and must lay out over pages." }, d => d.Set("themes[0].summary[0]", Words(20_000)));
        Edit("length-paragraph-20001.json", Lengths, 2, ["$.themes[0].summary[0]", "too long"], d => d.Set("themes[0].summary[0]", Words(20_001)), "One character over the cap.");
        Valid(new CorpusCase { File = "length-label-400-unbroken-valid.json", Category = Lengths, Exit = 0, Note = "A label of exactly 400 characters (the cap) with no space to break at: it must wrap, not overflow or fail." }, d => d.Set("indicators[4].label", string.Concat(Enumerable.Repeat("Trade", 80))));
        Edit("length-label-401.json", Lengths, 2, ["$.indicators[4].label", "too long"], d => d.Set("indicators[4].label", string.Concat(Enumerable.Repeat("Trade", 80)) + "s"), "One character over the cap.");
        Edit("length-title-blank.json", Lengths, 2, ["$.event.title"], d => d.Set("event.title", "   \t "), "A title of blanks only.");
        Edit("length-title-empty.json", Lengths, 2, ["$.event.title", "empty"], d => d.Set("event.title", ""), "An empty title.");
        Edit("length-id-81-chars.json", Lengths, 2, ["$.sources[0].id"], d => d.Set("sources[0].id", new string('a', 81)), "An id over 80 characters.");
        Edit("length-id-uppercase.json", Lengths, 2, ["$.themes[0].id", "not in the right form"], d => d.Set("themes[0].id", "Overview"), "Ids are lower-case kebab case.");

        // ---- Unicode ----------------------------------------------------------------------------------
        Valid(new CorpusCase
        {
            File = "unicode-escaped-controls-valid.json",
            Category = Unicode,
            Exit = 0,
            PdfText = ["Russia–China", "Moscow"],
            Note = "Escaped control characters (\\u0001, \\u001f, \\u0007) are valid JSON: they are dropped when drawing, never shown as a box, and the workbook stays valid XML.",
        }, d =>
        {
            d.Set("event.title", "Russia–China \u0001Summit, Moscow 2025");
            d.Set("themes[3].title", "Trade\u001f and investment");
            d.Set("indicators[4].label", "Russia–China\u0007 trade volume");
            d.Set("charts[0].categories[0]", "Trade\u0001 volume, 2024");
            d.Set("charts[0].series[0].name", "USD\u0002 bn");
            d.Set("sources[0].title", "China, Russia\u000b Sign Multiple Agreements");
        });
        Valid(new CorpusCase { File = "unicode-rtl-valid.json", Category = Unicode, Exit = 0, Note = "Arabic and Hebrew (the shipped Noto Sans Arabic and Hebrew), mixed with Latin and digits." }, d =>
        {
            d.Put("event.parties[1]", "nativeName", "الصين");
            d.Set("themes[1].summary[0]", "בשנת 2024 נפגשו המנהיגים במוסקבה. " + d.Get("themes[1].summary[0]")!.GetValue<string>());
            d.Set("indicators[4].label", "حجم التجارة Russia–China 2024");
            d.Set("charts[0].categories[1]", "مشاريع ذات أولوية");
        });
        Valid(new CorpusCase { File = "unicode-combining-valid.json", Category = Unicode, Exit = 0, Note = "Stacked and overlay combining marks on letters that have no precomposed form." }, d =>
        {
            d.Set("event.place", "Moscow\u0332, Russia\u0333");
            d.Set("themes[0].title", "Ov\u0336e\u0336rview x\u0301\u0302\u0303");
            d.Set("indicators[4].label", "T\u0336r\u0336a\u0336d\u0336e\u0336 volume\u0332");
        });
        Valid(new CorpusCase { File = "unicode-decomposed-accents-valid.json", Category = Unicode, Exit = 0, PdfText = ["Moscow"], Note = "Accents written as base letter + combining mark (NFD), as macOS file names and some editors produce: \"Cafe\\u0301\" must draw like \"Café\"." }, d =>
        {
            d.Set("event.place", "Cafe\u0301 Pushkin, Moscow");
            d.Set("themes[0].title", "Overview: Zoe\u0308 and Vie\u0323\u0302t Nam");
        });
        Valid(new CorpusCase { File = "unicode-invisible-valid.json", Category = Unicode, Exit = 0, Note = "Zero-width space and joiner, soft hyphen, word joiner and U+FEFF inside text need no glyph." }, d =>
        {
            d.Set("event.title", "Russia\u200B–China Summit,\u00AD Moscow\u2060 2025\uFEFF");
            d.Set("themes[0].title", "Over\u200Dview");
            d.Set("charts[0].categories[0]", "Trade\u200B volume, 2024");
        });
        Edit("unicode-emoji.json", Unicode, 2, ["$.themes[1].title", "U+1FAE8"], d => d.Set("themes[1].title", "Global issues \U0001FAE8"), "An emoji no shipped font draws (Unicode 15's shaking face, in no Debian bookworm outline font) must be an error naming the text, never a box.");
        Valid(new CorpusCase { File = "unicode-emoji-dejavu-draws-valid.json", Category = Unicode, Exit = 0, Note = "No shipped font has the emoticons U+1F600–U+1F640 but the installed DejaVu Sans does (a prerequisite of the tests): text an installed font can draw is fine, emoji or not." }, d => d.Set("themes[1].title", "Global issues 😀"));
        Edit("unicode-emoji-in-chart.json", Unicode, 2, ["$.charts[2].categories[0]", "U+1F9F3"], d => d.Set("charts[2].categories[0]", "Tourists 🧳 (2024)"), "An emoji in a chart category, which a chart library would draw.");
        Edit("unicode-private-use.json", Unicode, 2, ["$.indicators[4].label", "U+E000"], d => d.Set("indicators[4].label", "Trade \uE000 volume"), "A private-use character.");
        Edit("unicode-noncharacter.json", Unicode, 2, ["$.event.place", "U+FFFF"], d => d.Set("event.place", "Moscow \uFFFF"), "U+FFFF, a noncharacter.");
        cases.Add((new CorpusCase
        {
            File = "unicode-cjk.json",
            Category = Unicode,
            Exit = 2,
            Mentions = ["$.themes[1].title", "U+30000", "Han"],
            Note = "An ideograph of CJK Extension G (Unicode 13): in neither the shipped CJK font nor Debian's Noto Sans CJK, so an error naming the path on every machine. The seed's 中国 and 习近平 come from the shipped font.",
        }, seed =>
        {
            var d = new JsonEdit(seed);
            d.Set("themes[1].title", "Global issues \U00030000");
            return d.Bytes();
        }
        ));

        // ---- Text that looks like a formula -----------------------------------------------------------
        Valid(new CorpusCase
        {
            File = "formula-like-text-valid.json",
            Category = Formulas,
            Exit = 0,
            PdfText = ["=SUM(A1)", "@cmd"],
            XlsxText = ["=SUM(A1)", "+1 trade", "-1 trade", "@cmd", "=HYPERLINK(\"http://example.com\")", "=cmd|' /C calc'!A0", "=1+1"],
            Note = "Dataset text starting with = + - @ is shown as text everywhere: never a formula in the workbook.",
        }, d =>
        {
            d.Set("indicators[4].label", "=SUM(A1)");
            d.Set("indicators[5].label", "+1 trade");
            d.Set("indicators[6].label", "-1 trade");
            d.Set("indicators[0].label", "@cmd");
            d.Set("themes[3].title", "=HYPERLINK(\"http://example.com\")");
            d.Set("sources[0].title", "=cmd|' /C calc'!A0");
            d.Set("agreements[0].name", "=1+1");
            d.Set("charts[0].series[0].name", "=SUM(A1)");
            d.Set("charts[0].categories[0]", "@cmd");
        });

        // ---- File names -------------------------------------------------------------------------------
        cases.Add((new CorpusCase { File = "name-with-spaces.json", Category = Names, Exit = 0, InputName = "summit with spaces.json", Note = "The seed under a name with spaces: reports are named after the stem." }, seed => System.Text.Encoding.UTF8.GetBytes(seed)));
        cases.Add((new CorpusCase { File = "name-non-ascii.json", Category = Names, Exit = 0, InputName = "саммит été 2025.json", Note = "The seed under a Cyrillic and accented name." }, seed => System.Text.Encoding.UTF8.GetBytes(seed)));
        cases.Add((new CorpusCase { File = "name-invalid-with-spaces.json", Category = Names, Exit = 2, InputName = "broken summit.json", Mentions = ["$.event.date"], Note = "An invalid dataset under a name with spaces: the message names it exactly." }, seed => new JsonEdit(seed).Set("event.date", "2025-02-30").Bytes()));

        // ---- The file system --------------------------------------------------------------------------
        cases.Add((new CorpusCase { File = "folder.json", Category = Io, Exit = 2, Setup = "folder", InputName = "somefolder.json", Mentions = ["folder"], Note = "A folder named like a dataset, given where a file is expected." }, _ => null));
        cases.Add((new CorpusCase { File = "missing.json", Category = Io, Exit = 2, Setup = "missing", InputName = "missing.json", Mentions = ["no such file"], Note = "A file that does not exist." }, _ => null));
        cases.Add((new CorpusCase
        {
            File = "unreadable.json",
            Category = Io,
            Exit = 2,
            ExitWhenReadable = 0,
            Setup = "unreadable",
            Mentions = ["cannot read"],
            Note = "The seed with mode 000. As root chmod does not stop reading: then the run succeeds.",
        }, seed => System.Text.Encoding.UTF8.GetBytes(seed)));

        return cases;
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/>; the catalog breaks loudly if the seed changes shape.</summary>
    static string Once(string text, string old, string replacement)
    {
        var first = text.IndexOf(old, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(old, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"Expected exactly one \"{old}\" in the seed.");
        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + old.Length));
    }

    /// <summary>The seed's UTF-8 with raw bytes inserted after the one occurrence of <paramref name="after"/>.</summary>
    static byte[] Splice(string text, string after, byte[] raw)
    {
        var marker = Once(text, after, after + "\uE123");
        var bytes = Encoding.UTF8.GetBytes(marker);
        var sentinel = Encoding.UTF8.GetBytes("\uE123");
        var at = bytes.AsSpan().IndexOf(sentinel);
        return [.. bytes.AsSpan(0, at), .. raw, .. bytes.AsSpan(at + sentinel.Length)];
    }

    /// <summary>Plain words to exactly <paramref name="length"/> characters, ending in a full stop.</summary>
    static string Words(int length)
    {
        const string words = "The two sides discussed trade, energy, transport and education at length. ";
        var text = new StringBuilder(length + words.Length);
        while (text.Length < length)
            text.Append(words);
        text.Length = length;
        text[^1] = '.';
        return text.ToString();
    }
}
