using System.Text.Json;
using Reports.Domain.Loading.Dto;
using Reports.Domain.Validation;

namespace Reports.Domain.Loading;

/// <summary>
/// Reads a dataset file into a valid <see cref="Model.Summit"/> or reports every problem in it:
/// bytes → strict JSON → schema → domain rules → immutable model. Never throws for bad data.
/// </summary>
public static class SummitLoader
{
    /// <summary>Loads a file; I/O problems (missing, a directory, unreadable) are reported as errors too.</summary>
    public static LoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
                return Fail(path, "This is a folder, not a dataset file.", "a .json dataset file");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, $"The file cannot be read: {e.Message}", "a readable .json dataset file");
        }
        return Load(path, bytes);
    }

    /// <summary>Loads from bytes already read; <paramref name="file"/> names them in error messages.</summary>
    public static LoadResult Load(string file, byte[] utf8)
    {
        var (source, syntaxError) = JsonSource.Parse(file, utf8);
        if (source is null)
            return LoadResult.Invalid(file, [syntaxError!]);
        using (source.Document)
        {
            if (source.InvalidStrings() is { Count: > 0 } strings)
                return LoadResult.Invalid(file, strings); // nothing further can read these strings
            // The schema pass is the costliest check and needs nothing the others make: a large dataset has it
            // evaluated on another core meanwhile. Errors are gathered in the same order either way.
            var schema = utf8.Length >= ParallelSchemaFrom
                ? Task.Run(() => SchemaValidator.Validate(source))
                : Task.FromResult(SchemaValidator.Validate(source));
            var (numbers, dto, dtoError, rules) = WhileEvaluating(schema, () =>
            {
                var (dto, dtoError) = Deserialize(source);
                return (NumberErrors(source), dto, dtoError, dto is null ? [] : Located(source, DomainRules.Check(dto)));
            });
            var errors = new List<DatasetError>(numbers);
            errors.AddRange(schema.GetAwaiter().GetResult());
            if (dto is not null)
                errors.AddRange(rules.Where(e => !errors.Any(x => x.Path == e.Path)));
            else if (errors.Count == 0 && dtoError is not null)
                errors.Add(dtoError);
            var warnings = Sorted(errors.Where(e => e.Severity == Severity.Warning).ToList());
            errors.RemoveAll(e => e.Severity == Severity.Warning);
            var result = errors.Count == 0 && dto is not null
                ? LoadResult.Valid(file, SummitMapper.Map(dto)) with { Positions = Locator(source.Utf8) }
                : LoadResult.Invalid(file, Sorted(errors));
            return result with { Warnings = warnings };
        }
    }

    /// <summary>Bytes of JSON (about 350 indicators) from which the schema is evaluated on another core; below
    /// it, starting a thread costs more than the pass.</summary>
    const int ParallelSchemaFrom = 128 * 1024;

    /// <summary>Locates the problems a report's own check finds after loading; holds the bytes, not the document.</summary>
    static Func<IEnumerable<string>, SourcePositions> Locator(byte[] utf8) =>
        paths => SourcePositions.IndexOnly(utf8, JsonSource.MaxDepth, paths);

    /// <summary>Runs <paramref name="work"/>; should it throw, the schema pass still ends before the document is disposed.</summary>
    static T WhileEvaluating<T>(Task schema, Func<T> work)
    {
        try
        {
            return work();
        }
        catch
        {
            schema.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }
    }

    static (SummitDto?, DatasetError?) Deserialize(JsonSource source)
    {
        try
        {
            return (source.Document.Deserialize(SummitDtoJson.Default.SummitDto), null);
        }
        catch (JsonException e)
        {
            var path = e.Path ?? "$";
            var (line, column) = source.Positions.Of(path);
            return (null, new DatasetError(source.File, line, column, path, "A value has the wrong type or is out of range.", "see input/summit.schema.json"));
        }
    }

    /// <summary>JSON allows numbers like 1e309 that are not finite doubles; report each with its path.</summary>
    static List<DatasetError> NumberErrors(JsonSource source)
    {
        var found = new List<DatasetError>();
        var steps = new List<(JsonProperty? Property, int Index)>();
        Visit(source.Document.RootElement);
        return found;

        // Paths, and the property names in them, are built only for the rare bad number, so a valid file costs
        // one walk and no strings.
        void Visit(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in element.EnumerateObject())
                        Step((p, 0), p.Value);
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                        Step((null, i++), item);
                    break;
                case JsonValueKind.Number when !element.TryGetDouble(out var d) || !double.IsFinite(d):
                    var path = steps.Aggregate("$", (p, s) => s.Property is { } property ? JsonPaths.Property(p, property.Name) : JsonPaths.Index(p, s.Index));
                    var (line, column) = source.Positions.Of(path);
                    found.Add(new DatasetError(source.File, line, column, path, $"The number {Words.Shorten(element.GetRawText())} is out of range.", "a finite number within ±1.7e308"));
                    break;
            }
        }

        void Step((JsonProperty? Property, int Index) step, JsonElement child)
        {
            steps.Add(step);
            Visit(child);
            steps.RemoveAt(steps.Count - 1);
        }
    }

    static List<DatasetError> Located(JsonSource source, IReadOnlyList<RuleError> found)
    {
        if (found.Count == 0)
            return [];
        var positions = source.PositionsOf(found.Select(e => e.Path));
        return found.Select(e =>
        {
            var (line, column) = positions.Of(e.Path);
            return new DatasetError(source.File, line, column, e.Path, e.Problem, e.Expected) { Severity = e.Severity };
        }).ToList();
    }

    static IReadOnlyList<DatasetError> Sorted(List<DatasetError> errors) =>
        errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Path, StringComparer.Ordinal).ToList();

    static LoadResult Fail(string file, string problem, string expected) =>
        LoadResult.Invalid(file, [new DatasetError(file, 0, 0, "$", problem, expected)]);
}
