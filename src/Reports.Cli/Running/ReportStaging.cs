using System.Diagnostics;
using Reports.Cli.Commands;
using Reports.Cli.Comparing;
using Reports.Cli.Output;

namespace Reports.Cli.Running;

/// <summary>
/// A dataset's reports and snapshot written into temporary files beside their targets (<see cref="AtomicFile"/>);
/// the caller commits them once every one is complete, or discards them.
/// </summary>
internal sealed class ReportStaging(GenerateSettings settings, IReadOnlyList<IReportWriter> writers, CliContext context)
{
    public sealed record StagedSnapshot(string Target, string? Temp, string? Error);

    /// <summary>The dataset's bytes, staged as its snapshot beside the reports (committed with them).</summary>
    public StagedSnapshot Snapshot(string inputPath, byte[] bytes)
    {
        var target = Snapshots.PathFor(settings.OutDirectory, inputPath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var (temp, _) = AtomicFile.Stage(target, stream => { stream.Write(bytes); return 0; });
            return new StagedSnapshot(target, temp, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new StagedSnapshot(target, null, $"{context.Display(target)}: cannot write the snapshot of the dataset: {e.Message}");
        }
    }

    public sealed record Staged(IReportWriter Writer, string Target, string? Temp, WriterOutcome? Outcome, string? Error, double Seconds);

    /// <summary>Runs every writer into a temporary file; side by side when cores are free (--parallel).</summary>
    public Staged[] All(Domain.Model.Summit summit, ReportRequest request, Action<string>? stageDone, bool sideBySide)
    {
        var staged = new Staged[writers.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = sideBySide ? writers.Count : 1 };
        try
        {
            Parallel.For(0, writers.Count, options, i =>
            {
                staged[i] = Stage(writers[i], summit, request);
                stageDone?.Invoke(writers[i].Extension[1..]);
            });
        }
        catch (AggregateException e)
        {
            foreach (var w in staged.Where(w => w?.Temp is not null))
                AtomicFile.Discard(w.Temp!);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return staged;
    }

    Staged Stage(IReportWriter writer, Domain.Model.Summit summit, ReportRequest request)
    {
        var target = OutputNames.For(settings.OutDirectory, request.InputPath, writer.Extension);
        var clock = Stopwatch.StartNew();
        try
        {
            var (temp, outcome) = AtomicFile.Stage(target, stream => writer.Write(summit, request, stream));
            return new Staged(writer, target, temp, outcome, null, Math.Round(clock.Elapsed.TotalSeconds, 3));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var error = $"{context.Display(target)}: cannot write the {writer.Extension[1..].ToUpperInvariant()} report: {e.Message}";
            return new Staged(writer, target, null, null, error, 0);
        }
    }
}
