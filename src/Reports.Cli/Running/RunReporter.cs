using System.Globalization;
using System.Text.Json;
using Reports.Cli.Commands;

namespace Reports.Cli.Running;

/// <summary>
/// Everything a run prints. Results go to stdout, problems to stderr; --quiet keeps only problems and
/// --json replaces the human lines on stdout with one JSON summary. Plain lines, no ANSI codes.
/// </summary>
internal sealed class RunReporter(CliContext context, OutputMode mode, string command)
{
    readonly Lock _gate = new();
    readonly List<(bool Error, string Line)> _deferred = [];
    bool _deferring;

    /// <summary>While a live progress display owns the terminal, hold lines back and print them after it.</summary>
    public IDisposable Defer()
    {
        lock (_gate)
            _deferring = true;
        return new Flush(this);
    }

    sealed class Flush(RunReporter reporter) : IDisposable
    {
        public void Dispose()
        {
            lock (reporter._gate)
            {
                reporter._deferring = false;
                foreach (var (error, line) in reporter._deferred)
                    reporter.Write(error, line);
                reporter._deferred.Clear();
            }
        }
    }

    void Write(bool error, string line)
    {
        if (_deferring)
            _deferred.Add((error, line));
        else
            (error ? context.Error : context.Out).WriteLine(line);
    }

    public void Info(string line)
    {
        if (!mode.Quiet && !mode.Json)
            lock (_gate)
                Write(false, line);
    }

    public void Problem(string line)
    {
        lock (_gate)
            Write(true, line);
    }

    public void Dataset(DatasetOutcome outcome, Func<string, string> display)
    {
        lock (_gate)
        {
            foreach (var error in outcome.Errors)
                Write(true, error);
            if (mode.Quiet)
                return;
            foreach (var warning in outcome.Warnings)
                Write(true, warning);
            if (mode.Json)
                return;
            var name = display(outcome.InputPath);
            var warned = outcome.Warnings.Count is var n and > 0 ? $" ({Count(n, "warning")})" : "";
            if (outcome.Skipped)
                Write(false, $"{name}: unchanged, skipped");
            else if (outcome.ExitCode == ExitCodes.Success)
                Write(false, $"{name}: {Written(outcome, display)}{warned}");
            else
                Write(false, $"{name}: failed ({outcome.Errors.Count} problem{(outcome.Errors.Count == 1 ? "" : "s")})");
        }
    }

    /// <param name="inputProblems">Problems with the INPUT arguments themselves, counted with the datasets' errors.</param>
    public void Summary(IReadOnlyList<DatasetOutcome> outcomes, int exitCode, double seconds, int inputProblems = 0)
    {
        var outputs = outcomes.Sum(o => o.Outputs.Count);
        var skipped = outcomes.Count(o => o.Skipped);
        var errors = outcomes.Sum(o => o.Errors.Count) + inputProblems;
        var warnings = outcomes.Sum(o => o.Warnings.Count);
        var warned = warnings > 0 ? $", {Count(warnings, "warning")}" : "";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{command}: {outcomes.Count} dataset{(outcomes.Count == 1 ? "" : "s")}, {outputs} output{(outputs == 1 ? "" : "s")}, {skipped} skipped, {errors} error{(errors == 1 ? "" : "s")}{warned} in {seconds:0.00} s");
        if (mode.Json)
            lock (_gate)
                Write(false, JsonSummary(outcomes, exitCode, seconds));
        else if (!mode.Quiet)
            Info(line);
    }

    static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    static string Written(DatasetOutcome outcome, Func<string, string> display) =>
        outcome.Outputs.Count == 0
            ? "valid"
            : string.Join(", ", outcome.Outputs.Select(o => $"{display(o.Path)} ({Detail(o)})")) + Compared(outcome);

    /// <summary>"; 3 changes since 2025-05-08" when the reports were compared with an earlier edition.</summary>
    static string Compared(DatasetOutcome outcome) =>
        outcome.Comparison is not { } c ? ""
        : string.Create(CultureInfo.InvariantCulture, $"; {(outcome.ChangeCount == 0 ? "no" : outcome.ChangeCount)} change{(outcome.ChangeCount == 1 ? "" : "s")} since {c.Since:yyyy-MM-dd} ({c.Source})");

    static string Detail(OutputFile o)
    {
        var size = o.Bytes >= 1024 ? $"{o.Bytes / 1024.0:0} KB" : $"{o.Bytes} B";
        var extent = o.Pages is { } p ? $"{p} page{(p == 1 ? "" : "s")}, " : o.Rows is { } r ? $"{r} row{(r == 1 ? "" : "s")}, " : "";
        return string.Create(CultureInfo.InvariantCulture, $"{extent}{size}");
    }

    string JsonSummary(IReadOnlyList<DatasetOutcome> outcomes, int exitCode, double seconds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteNumber("exitCode", exitCode);
            json.WriteNumber("seconds", Math.Round(seconds, 3));
            json.WriteStartArray("datasets");
            foreach (var o in outcomes)
                WriteDataset(json, o);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    static void WriteDataset(Utf8JsonWriter json, DatasetOutcome o)
    {
        json.WriteStartObject();
        json.WriteString("input", o.InputPath);
        json.WriteString("status", o.Skipped ? "skipped" : o.ExitCode == ExitCodes.Success ? "ok" : "failed");
        json.WriteNumber("exitCode", o.ExitCode);
        json.WriteStartArray("outputs");
        foreach (var f in o.Outputs)
            json.WriteStringValue(f.Path);
        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var e in o.Errors)
            json.WriteStringValue(e);
        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var w in o.Warnings)
            json.WriteStringValue(w);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
