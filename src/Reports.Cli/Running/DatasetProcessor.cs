using System.Diagnostics;
using System.Security.Cryptography;
using Reports.Cli.Commands;
using Reports.Cli.Output;
using Reports.Domain.Loading;

namespace Reports.Cli.Running;

/// <summary>One dataset through the pipeline: read → validate → each writer, atomically, into the output folder.</summary>
internal sealed class DatasetProcessor(GenerateSettings settings, IReadOnlyList<IReportWriter> writers, CliContext context)
{
    public DatasetOutcome Process(string inputPath)
    {
        var stages = new Dictionary<string, double>();
        var display = context.Display(inputPath);
        var clock = Stopwatch.StartNew();
        var (bytes, readError) = Read(inputPath, display);
        if (bytes is null)
            return Failed(inputPath, ExitCodes.InvalidInput, [$"{display}: cannot read the dataset: {readError}"], stages);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var result = SummitLoader.Load(display, bytes);
        stages["validate"] = Lap(clock);
        if (!result.IsValid)
            return Failed(inputPath, ExitCodes.InvalidInput, result.Errors.Select(e => e.ToString()).ToList(), stages, sha);
        var request = new ReportRequest(inputPath, sha, settings.SourceDateEpoch ?? GeneratedAtFromDataset(result), settings);
        var outputs = new List<OutputFile>();
        foreach (var writer in writers)
        {
            var target = OutputNames.For(settings.OutDirectory, inputPath, writer.Extension);
            try
            {
                var outcome = AtomicFile.Write(target, stream => writer.Write(result.Summit!, request, stream));
                outputs.Add(Describe(target, writer, outcome));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Failed(inputPath, ExitCodes.OutputFailed, [$"{context.Display(target)}: cannot write the {writer.Extension[1..].ToUpperInvariant()} report: {e.Message}"], stages, sha, outputs);
            }
            stages[writer.Kind.ToString().ToLowerInvariant()] = Lap(clock);
        }
        return new DatasetOutcome(inputPath, sha, ExitCodes.Success, false, outputs, [], stages);
    }

    static (byte[]? Bytes, string? Error) Read(string path, string display)
    {
        try
        {
            if (Directory.Exists(path))
                throw new IOException("it is a folder, not a file.");
            return (File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message.Replace(path, display, StringComparison.Ordinal));
        }
    }

    static DateTimeOffset GeneratedAtFromDataset(LoadResult result) =>
        new(result.Summit!.Event.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    static OutputFile Describe(string path, IReportWriter writer, WriterOutcome outcome)
    {
        var bytes = File.ReadAllBytes(path);
        return new OutputFile(path, writer.Extension[1..], Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, outcome.Pages, outcome.Rows, outcome.NeutralisedCells);
    }

    DatasetOutcome Failed(string input, int code, IReadOnlyList<string> errors, Dictionary<string, double> stages, string? sha = null, IReadOnlyList<OutputFile>? outputs = null) =>
        new(input, sha, code, false, outputs ?? [], errors, stages);

    static double Lap(Stopwatch clock)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return Math.Round(seconds, 3);
    }
}
