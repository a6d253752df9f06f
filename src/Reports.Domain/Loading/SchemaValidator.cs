using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Reports.Domain.Loading;

/// <summary>Checks a dataset against input/summit.schema.json (embedded), reporting every violation.</summary>
internal static class SchemaValidator
{
    static readonly Lazy<string> Text = new(ReadSchema);
    static readonly Lazy<(JsonSchema Schema, JsonDocument Document)> Schema = new(LoadSchema);
    static readonly Lazy<SplitSchema> Split = new(() => SplitSchema.Of(FlagSchema.Rewrite(JsonNode.Parse(Text.Value)!.AsObject())));

    /// <summary>Bytes of JSON (about 350 indicators) from which the pass/fail evaluation is split and shared
    /// out over the cores; below it, building the parts costs more than they save.</summary>
    public const int SplitFrom = 128 * 1024;

    public static IReadOnlyList<DatasetError> Validate(JsonSource source)
    {
        // A pass/fail evaluation is several times faster than collecting details; only an invalid
        // document pays for the detailed second pass, which reads the schema as written.
        if (Passes(source))
            return [];
        // A large document is described from its invalid items alone (with the rest of it), a few thousand at a
        // time on every core; the problems and their order are the whole document's.
        if (source.Utf8.Length < SplitFrom || Split.Value.Narrow(source.Document.RootElement) is not { } pieces)
            return Located(source, Describe(source, null));
        try
        {
            var described = new List<SchemaErrorDescriber.Described>[pieces.Count];
            // One piece a core at a time: a piece's detailed results are tens of megabytes, and the pool adds threads to long work.
            Parallel.For(0, pieces.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => described[i] = Describe(source, pieces[i]));
            // The pieces repeat the rest of the document, and its problems: the first piece's are kept.
            return Located(source, [.. described.SelectMany(d => d).DistinctBy(e => (e.Path, e.Problem))]);
        }
        finally
        {
            foreach (var piece in pieces)
                piece.Dispose();
        }
    }

    /// <summary>The problems of the whole document, however large, as an invalid one got them before it was narrowed (tests hold the two alike).</summary>
    internal static IReadOnlyList<DatasetError> DescribeWhole(JsonSource source) => Located(source, Describe(source, null));

    static List<SchemaErrorDescriber.Described> Describe(JsonSource source, NarrowedDocument? narrowed)
    {
        var root = narrowed?.Root ?? source.Document.RootElement;
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = Schema.Value.Schema.Evaluate(root, options);
        var describer = new SchemaErrorDescriber(Schema.Value.Document.RootElement, root);
        var details = results.Details ?? [];
        // The list output keeps the failed branches of a union that another branch satisfied ("bcm" fails
        // the currency pattern of a unit): only a union none of whose branches holds is a problem.
        var satisfied = details.Where(d => d.IsValid && Union(d) is not null).Select(d => (d.InstanceLocation.ToString(), Union(d))).ToHashSet();
        return details
            .Where(d => d.Errors is { Count: > 0 } && !(Union(d) is { } union && satisfied.Contains((d.InstanceLocation.ToString(), union))))
            .SelectMany(d => d.Errors!.Select(e => describer.Describe(d, e.Key, e.Value)))
            .Where(e => e is not null)
            .Select(e => narrowed is null ? e! : e! with { Path = narrowed.PathInWhole(e.Path) })
            .DistinctBy(e => (e.Path, e.Problem))
            .ToList();
    }

    /// <summary>The problems at their lines and columns, in file order; only their paths are indexed (every value's position in 100,000 indicators is hundreds of megabytes).</summary>
    static IReadOnlyList<DatasetError> Located(JsonSource source, IReadOnlyList<SchemaErrorDescriber.Described> described)
    {
        var positions = source.PositionsOf(described.Select(e => e.Path));
        return [.. described
            .Select(e =>
            {
                var (line, column) = positions.Of(e.Path);
                return new DatasetError(source.File, line, column, e.Path, e.Problem, e.Expected);
            })
            .OrderBy(e => e.Line).ThenBy(e => e.Column)];
    }

    static bool Passes(JsonSource source)
    {
        if (source.Utf8.Length >= SplitFrom)
            return Split.Value.IsValid(source.Document.RootElement, parallel: true);
        var flag = new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
        return Schema.Value.Schema.Evaluate(source.Document.RootElement, flag).IsValid;
    }

    /// <summary>The pass/fail verdict of the split evaluation a large dataset gets, for any document (tests hold it to the whole schema's).</summary>
    internal static bool SplitPasses(JsonElement root) => Split.Value.IsValid(root, parallel: false);

    /// <summary>The evaluation path of the anyOf a result is a branch of, or null.</summary>
    static string? Union(EvaluationResults detail)
    {
        var path = detail.EvaluationPath.ToString();
        var at = path.LastIndexOf("/anyOf/", StringComparison.Ordinal);
        return at < 0 ? null : path[..at];
    }

    static (JsonSchema, JsonDocument) LoadSchema() => (JsonSchema.FromText(Text.Value), JsonDocument.Parse(Text.Value));

    static string ReadSchema()
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream("summit.schema.json")
            ?? throw new InvalidOperationException("The embedded dataset schema is missing; rebuild Reports.Domain.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
