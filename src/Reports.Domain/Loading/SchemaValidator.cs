using System.Text.Json;
using Json.Schema;

namespace Reports.Domain.Loading;

/// <summary>Checks a dataset against input/summit.schema.json (embedded), reporting every violation.</summary>
internal static class SchemaValidator
{
    static readonly Lazy<(JsonSchema Schema, JsonDocument Document)> Schema = new(LoadSchema);

    public static IReadOnlyList<DatasetError> Validate(JsonSource source)
    {
        // A pass/fail evaluation is several times faster than collecting details; only an invalid
        // document pays for the detailed second pass.
        var flag = new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
        if (Schema.Value.Schema.Evaluate(source.Document.RootElement, flag).IsValid)
            return [];
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = Schema.Value.Schema.Evaluate(source.Document.RootElement, options);
        var describer = new SchemaErrorDescriber(Schema.Value.Document.RootElement, source.Document.RootElement);
        var details = results.Details ?? [];
        // The list output keeps the failed branches of a union that another branch satisfied ("bcm" fails
        // the currency pattern of a unit): only a union none of whose branches holds is a problem.
        var satisfied = details.Where(d => d.IsValid && Union(d) is not null).Select(d => (d.InstanceLocation.ToString(), Union(d))).ToHashSet();
        return details
            .Where(d => d.Errors is { Count: > 0 } && !(Union(d) is { } union && satisfied.Contains((d.InstanceLocation.ToString(), union))))
            .SelectMany(d => d.Errors!.Select(e => describer.Describe(d, e.Key, e.Value)))
            .Where(e => e is not null)
            .Select(e => e!)
            .DistinctBy(e => (e.Path, e.Problem))
            .Select(e => Locate(source, e))
            .OrderBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
    }

    /// <summary>The evaluation path of the anyOf a result is a branch of, or null.</summary>
    static string? Union(EvaluationResults detail)
    {
        var path = detail.EvaluationPath.ToString();
        var at = path.LastIndexOf("/anyOf/", StringComparison.Ordinal);
        return at < 0 ? null : path[..at];
    }

    static DatasetError Locate(JsonSource source, SchemaErrorDescriber.Described e)
    {
        var (line, column) = source.Positions.Of(e.Path);
        return new DatasetError(source.File, line, column, e.Path, e.Problem, e.Expected);
    }

    static (JsonSchema, JsonDocument) LoadSchema()
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream("summit.schema.json")
            ?? throw new InvalidOperationException("The embedded dataset schema is missing; rebuild Reports.Domain.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return (JsonSchema.FromText(text), JsonDocument.Parse(text));
    }
}
