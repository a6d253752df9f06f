using System.Diagnostics;
using Reports.Cli.Running;

namespace Reports.Cli.Commands;

/// <summary>`reports validate`: check datasets, print every problem, write nothing.</summary>
internal sealed class ValidateCommand(CliContext context)
{
    /// <param name="fontDirectories">The --fonts folders: the PDF's check that every character can be drawn
    /// must see the same fonts generate would.</param>
    /// <param name="look">--brand, --marking and --watermark: their text is checked against the fonts like the dataset's.</param>
    /// <param name="ignoreSystemFonts">--ignore-system-fonts: the check sees the shipped fonts and --fonts alone.</param>
    public int Run(IReadOnlyList<string> inputs, IReadOnlyList<string> fontDirectories, OutputMode mode, (string? Brand, string? Marking, string? Watermark) look = default, bool ignoreSystemFonts = false)
    {
        var clock = Stopwatch.StartNew();
        var reporter = new RunReporter(context, mode, "validate");
        var (files, problems) = DatasetDiscovery.Find(inputs, context);
        foreach (var problem in problems)
            reporter.Problem($"error: {problem}");
        if (problems.Count > 0)
        {
            reporter.Summary([], ExitCodes.InvalidInput, clock.Elapsed.TotalSeconds, problems.Count);
            return ExitCodes.InvalidInput;
        }
        var settings = new GenerateSettings(inputs, context.WorkingDirectory, [], null,
            "A4", fontDirectories, "full", false, 1, null, mode, null, IgnoreSystemFonts: ignoreSystemFonts)
        {
            Brand = look.Brand,
            Marking = look.Marking,
            Watermark = look.Watermark,
        };
        var writers = ReportWriters.For([ReportFormatKind.Pdf, ReportFormatKind.Xlsx], context.Writers);
        var processor = new DatasetProcessor(settings, writers, context) { WriteReports = false };
        var outcomes = files.Select(f => processor.ProcessSafely(f, mode.Verbose)).ToList();
        foreach (var outcome in outcomes)
            reporter.Dataset(outcome, context.Display);
        var exit = outcomes.Aggregate(ExitCodes.Success, (w, o) => ExitCodes.Worst(w, o.ExitCode));
        reporter.Summary(outcomes, exit, clock.Elapsed.TotalSeconds);
        return exit;
    }
}
