using Reports.Cli.Commands;
using Spectre.Console;

namespace Reports.Cli.Running;

/// <summary>
/// A live progress display per dataset and stage, only on an interactive terminal. Under CI (CI=true) or
/// when output is redirected, nothing live is drawn: the run prints plain one-line entries, no ANSI codes.
/// </summary>
internal sealed class LiveProgress
{
    readonly IAnsiConsole? _console;

    LiveProgress(IAnsiConsole? console) => _console = console;

    public static LiveProgress For(CliContext context, OutputMode mode)
    {
        var ci = string.Equals(context.Environment("CI"), "true", StringComparison.OrdinalIgnoreCase)
            || !string.IsNullOrEmpty(context.Environment("GITHUB_ACTIONS"));
        var live = context.OutputIsTerminal && !ci && !mode.Quiet && !mode.Json;
        return new LiveProgress(live
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes })
            : null);
    }

    /// <summary>Runs <paramref name="work"/>, handing it a callback: (dataset index, finished stage or null when done).</summary>
    public void Run(IReadOnlyList<string> datasets, int stages, RunReporter reporter, Action<Action<int, string?>> work)
    {
        if (_console is null)
        {
            work((_, _) => { });
            return;
        }
        using var _ = reporter.Defer();
        _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var tasks = datasets.Select(d => progress.AddTask(Markup.Escape(d), maxValue: stages)).ToList();
                work((i, stage) =>
                {
                    if (stage is null)
                        tasks[i].Value = tasks[i].MaxValue;
                    else
                    {
                        tasks[i].Description = Markup.Escape($"{datasets[i]} · {stage} done");
                        tasks[i].Increment(1);
                    }
                });
            });
    }
}
