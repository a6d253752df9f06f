using System.Diagnostics;
using Reports.Cli.Comparing;
using Reports.Cli.Output;
using Reports.Cli.Running;

namespace Reports.Cli.Commands;

/// <summary>`reports generate`: validate every dataset and write its reports, many at once, atomically.</summary>
internal sealed class GenerateCommand(CliContext context)
{
    public int Run(GenerateSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var reporter = new RunReporter(context, settings.Mode, "generate");
        var (files, problems) = DatasetDiscovery.Find(settings.Inputs, context);
        foreach (var problem in problems)
            reporter.Problem($"error: {problem}");
        if (problems.Count > 0)
        {
            // An input that names nothing is a wrong argument: no dataset is made and output/ is left as it was.
            reporter.Summary([], ExitCodes.InvalidInput, clock.Elapsed.TotalSeconds, problems.Count);
            return ExitCodes.InvalidInput;
        }
        var selected = settings.Shard?.Select(files) ?? files;
        if (CollidingNames(selected, reporter))
            return ExitCodes.InvalidInput;
        var (compareTo, compareToFailed) = ReadCompareTo(settings, selected, reporter);
        if (compareToFailed)
            return ExitCodes.InvalidInput;
        if (!PrepareOutput(settings.OutDirectory, reporter))
            return ExitCodes.OutputFailed;
        IReadOnlyList<DatasetOutcome> outcomes;
        try
        {
            using var _ = OutputLock.Acquire(settings.OutDirectory, context.LockWait, () => reporter.Info($"waiting for another run to finish writing to {context.Display(settings.OutDirectory)}…"));
            AtomicFile.RemoveStale(settings.OutDirectory);
            if (Directory.Exists(Snapshots.Folder(settings.OutDirectory)))
                AtomicFile.RemoveStale(Snapshots.Folder(settings.OutDirectory));
            outcomes = ProcessAll(selected, settings, reporter, compareTo);
        }
        catch (OutputLockedException e)
        {
            reporter.Problem($"error: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"error: {context.Display(settings.OutDirectory)}: cannot write: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        var exit = outcomes.Aggregate(ExitCodes.Success, (worst, o) => ExitCodes.Worst(worst, o.ExitCode));
        reporter.Summary(outcomes, exit, clock.Elapsed.TotalSeconds);
        return exit;
    }

    IReadOnlyList<DatasetOutcome> ProcessAll(IReadOnlyList<string> files, GenerateSettings settings, RunReporter reporter, EarlierEdition? compareTo)
    {
        var previous = Manifest.Read(settings.OutDirectory);
        var processor = new DatasetProcessor(settings, ReportWriters.For(settings.Formats, context.Writers), context, previous, compareTo)
        {
            FormatsInParallel = settings.Parallel > 1 && files.Count < settings.Parallel,
        };
        // First-use costs paid on the spare core while the dataset is read and validated: the brief's chart library
        // set-up first (the PDF is the longer stage), then ClosedXML's.
        if (processor.FormatsInParallel && processor.Writers.Any(w => w.Kind == ReportFormatKind.Pdf))
            _ = Task.Run(Brief.BriefWriter.Prepare);
        if (processor.FormatsInParallel && processor.Writers.Any(w => w.Kind == ReportFormatKind.Xlsx))
            _ = Task.Run(Excel.WorkbookWriter.Prepare);
        var outcomes = new DatasetOutcome[files.Count];
        var stages = 1 + processor.Writers.Count;
        LiveProgress.For(context, settings.Mode).Run(files.Select(context.Display).ToList(), stages, reporter, track =>
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallel }, i =>
            {
                outcomes[i] = processor.ProcessSafely(files[i], settings.Mode.Verbose, stage => track(i, stage));
                track(i, null);
                reporter.Dataset(outcomes[i], context.Display);
            }));
        var fresh = outcomes.Where(o => o.ExitCode == ExitCodes.Success && !o.Skipped).Select(o => Entry(o, processor, settings));
        previous.Merge(ToolInfo.Version, fresh).Write(settings.OutDirectory);
        return outcomes;
    }

    ManifestEntry Entry(DatasetOutcome o, DatasetProcessor processor, GenerateSettings settings) => new(
        context.Display(o.InputPath), o.InputSha256!, processor.OutputOptions,
        o.Outputs.Select(f => Relative(f, settings)).ToList(),
        o.StageSeconds)
    {
        ReportDate = o.ReportDate,
        Snapshot = o.Snapshot is { } snapshot ? Relative(snapshot, settings) : null,
        Comparison = o.Comparison,
        Brand = o.Brand,
    };

    static OutputFile Relative(OutputFile file, GenerateSettings settings) =>
        file with { Path = Path.GetRelativePath(settings.OutDirectory, file.Path).Replace(Path.DirectorySeparatorChar, '/') };

    /// <summary>The --compare-to edition, read and checked before anything is written; one dataset only,
    /// since one earlier edition cannot be the predecessor of several.</summary>
    (EarlierEdition? Edition, bool Failed) ReadCompareTo(GenerateSettings settings, IReadOnlyList<string> files, RunReporter reporter)
    {
        if (settings.CompareTo is not { } path)
            return (null, false);
        if (files.Count != 1)
        {
            reporter.Problem($"error: --compare-to compares one dataset with an earlier edition of it, but this run has {files.Count} datasets; give one INPUT.");
            return (null, true);
        }
        var (edition, errors) = CompareToFile.Read(path, context);
        foreach (var error in errors)
            reporter.Problem(error);
        return (edition, edition is null);
    }

    bool PrepareOutput(string directory, RunReporter reporter)
    {
        try
        {
            Directory.CreateDirectory(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"error: {context.Display(directory)}: cannot create the output folder: {e.Message}");
            return false;
        }
    }

    /// <summary>Two inputs with the same file stem would overwrite each other's reports.</summary>
    bool CollidingNames(IReadOnlyList<string> files, RunReporter reporter)
    {
        var clashes = files.GroupBy(OutputNames.Stem, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        foreach (var clash in clashes)
            reporter.Problem($"error: {string.Join(" and ", clash.Select(context.Display))} would write the same reports ({clash.Key}.*); rename one or generate them separately.");
        return clashes.Count > 0;
    }
}
