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
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => describer.Describe(d, e.Key, e.Value)))
            .Where(e => e is not null)
            .Select(e => e!)
            .DistinctBy(e => (e.Path, e.Problem))
            .Select(e => Locate(source, e))
            .OrderBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
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
