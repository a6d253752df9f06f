using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Reports.Hardening.Tests.Fuzzing;
using Reports.Hardening.Tests.Generation;
using Reports.Hardening.Tests.Support;
using Xunit.Abstractions;

namespace Reports.Hardening.Tests;

/// <summary>
/// Random mutations of the seed (deterministic: case i of a seed is always the same bytes) through the CLI in
/// process. A fixed number of cases, the same every run: phase 1 runs `validate` on the first
/// <see cref="ValidateCases"/> cases; phase 2 runs a full `generate` on a sample of <see cref="GenerateCases"/>
/// of them (mostly valid datasets, so the writers are exercised). Every run must end within
/// <see cref="PerCaseTimeout"/> (a hang guard, not a budget), with exit 0 or 2 (never 1, never an exception),
/// without a stack trace, and an exit 2 must print at least one located problem (file:line:col: $.path) or a
/// file-level one; an exit 0 prints nothing on stderr but located warnings. Failing inputs are written to the temp folder "reports-fuzz-failures" and listed with
/// their case number and the mutations that made them.
/// The long run: <c>REPORTS_FUZZ_CASES=100000</c> (validate cases; generate gets a thirtieth of them, at
/// least the default) and optionally <c>REPORTS_FUZZ_SEED=N</c> for another sequence of cases.
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    const int DefaultSeed = 20250508;
    const int DefaultValidateCases = 3_000;
    const int DefaultGenerateCases = 100;
    static readonly TimeSpan PerCaseTimeout = TimeSpan.FromSeconds(30);

    static int RandomSeed => Setting("REPORTS_FUZZ_SEED") ?? DefaultSeed;
    static int ValidateCases => Setting("REPORTS_FUZZ_CASES") ?? DefaultValidateCases;
    static int GenerateCases => Math.Max(DefaultGenerateCases, ValidateCases / 30);

    static int? Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    sealed record Outcome(FuzzCase Case, CliResult? Result, string? Problem);

    [Fact]
    public void Thousands_of_random_mutations_never_crash_hang_or_print_a_stack_trace()
    {
        var mutator = new Mutator(CorpusFiles.Seed, RandomSeed);

        var validated = Phase("validate", ValidateCases, mutator.Make, (sandbox, c) => Validate(sandbox, c));
        validated.Count.ShouldBe(ValidateCases);

        // The generate sample: valid datasets first (they reach the PDF and Excel writers), then invalid ones.
        var valid = validated.Where(o => o.Result?.ExitCode == 0).Select(o => o.Case).Take(GenerateCases * 7 / 10).ToList();
        var invalid = validated.Where(o => o.Result?.ExitCode == 2).Select(o => o.Case).Take(GenerateCases - valid.Count).ToList();
        var sample = valid.Concat(invalid).OrderBy(c => c.Index).ToList();
        sample.Count.ShouldBe(GenerateCases, "the mutations gave too few valid and invalid datasets to sample");
        var generated = Phase("generate", sample.Count, i => sample[i], (sandbox, c) => Generate(sandbox, c));
        generated.Count.ShouldBe(GenerateCases);

        var failures = validated.Concat(generated).Where(o => o.Problem is not null).ToList();
        if (failures.Count > 0)
            Assert.Fail(Report(failures));
    }

    /// <summary>Runs cases 0 … <paramref name="count"/> − 1 on every core.</summary>
    IReadOnlyList<Outcome> Phase(string name, int count, Func<int, FuzzCase> make, Func<CliSandbox, FuzzCase, Outcome> run)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new ConcurrentBag<Outcome>();
        var next = -1;
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Factory.StartNew(() =>
        {
            using var sandbox = new CliSandbox();
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
                outcomes.Add(run(sandbox, make(index)));
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Task.WaitAll(workers);
        var list = outcomes.OrderBy(o => o.Case.Index).ToList();
        var exits = string.Join(", ", list.GroupBy(o => o.Result?.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"exit {g.Key}: {g.Count()}"));
        output.WriteLine($"{name}: {list.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s (seed {RandomSeed}); {exits}; {list.Count(o => o.Problem is not null)} failing");
        return list;
    }

    static Outcome Validate(CliSandbox sandbox, FuzzCase c)
    {
        var input = sandbox.AddInput("case.json", c.Bytes);
        return Check(c, () => sandbox.Run(PerCaseTimeout, "validate", input), input);
    }

    static Outcome Generate(CliSandbox sandbox, FuzzCase c)
    {
        var input = sandbox.AddInput("case.json", c.Bytes);
        foreach (var old in new[] { "case.pdf", "case.xlsx" }.Select(sandbox.Output).Where(File.Exists))
            File.Delete(old);
        var outcome = Check(c, () => sandbox.Run(PerCaseTimeout, "generate", input, "--parallel", "1"), input);
        if (outcome.Problem is not null || outcome.Result is not { } result)
            return outcome;
        if (Directory.EnumerateFiles(sandbox.PathOf("output"), "*.reports-tmp").Any())
            return outcome with { Problem = "a temporary file was left in output/" };
        if (result.ExitCode != 0)
            return File.Exists(sandbox.Output("case.pdf")) ? outcome with { Problem = "a failed run wrote a PDF" } : outcome;
        if (!File.Exists(sandbox.Output("case.pdf")) || !File.Exists(sandbox.Output("case.xlsx")))
            return outcome with { Problem = "exit 0 without both reports" };
        try
        {
            var pdf = File.ReadAllBytes(sandbox.Output("case.pdf"));
            if (ReportFiles.NotdefGlyphs(pdf) is { Count: > 0 } boxes)
                return outcome with { Problem = $"the PDF draws a box: {boxes[0]}" };
            ReportFiles.XlsxParts(File.ReadAllBytes(sandbox.Output("case.xlsx")));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return outcome with { Problem = $"unreadable report: {e.GetType().Name}: {e.Message}" };
        }
        return outcome;
    }

    static Outcome Check(FuzzCase c, Func<CliResult> run, string input)
    {
        CliResult result;
        try
        {
            result = run();
        }
        catch (TimeoutException e)
        {
            return new Outcome(c, null, $"hang: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Outcome(c, null, $"exception escaped CliApp.Run: {e.GetType().Name}: {e.Message}");
        }
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? problem = result.ExitCode switch
        {
            not (0 or 2) => $"exit {result.ExitCode}: {lines.FirstOrDefault()}",
            _ when result.Error.Contains("   at ", StringComparison.Ordinal) => "stack trace on stderr",
            2 when !lines.Any(l => Located().IsMatch(l) || l.StartsWith($"{input}: ", StringComparison.Ordinal)) => "exit 2 without a located or file-level message",
            0 when StderrLines.Problems(result.Error).Length > 0 => "exit 0 but problems printed",
            _ => null,
        };
        return new Outcome(c, result, problem);
    }

    /// <summary>One entry per kind of failure: how often, and the simplest input that shows it.</summary>
    static string Report(List<Outcome> failures)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reports-fuzz-failures");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var seed = CorpusFiles.Seed;
        var lines = new List<string> { $"{failures.Count} fuzz case(s) failed (seed {RandomSeed}: REPORTS_FUZZ_SEED={RandomSeed} replays them); inputs in {folder}" };
        foreach (var group in failures.GroupBy(f => Signature(f.Problem!)).OrderByDescending(g => g.Count()))
        {
            var simplest = group.OrderBy(f => f.Case.Steps.Count).ThenBy(f => Math.Abs(f.Case.Bytes.Length - seed.Length)).First();
            var file = Path.Combine(folder, $"case-{simplest.Case.Index}.json");
            File.WriteAllBytes(file, simplest.Case.Bytes);
            lines.Add($"- {group.Count()}×: {simplest.Problem}");
            lines.Add($"  simplest: {simplest.Case.Describe()}");
            lines.Add($"  difference from the seed: {Difference(seed, simplest.Case.Bytes)}");
            lines.Add($"  input: {file}");
        }
        return string.Join('\n', lines);
    }

    static string Signature(string problem) => Digits().Replace(problem.Split('\n')[0], "#");

    /// <summary>The one region where the bytes differ from the seed (common prefix and suffix removed).</summary>
    static string Difference(byte[] seed, byte[] bytes)
    {
        var prefix = 0;
        while (prefix < seed.Length && prefix < bytes.Length && seed[prefix] == bytes[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < seed.Length - prefix && suffix < bytes.Length - prefix && seed[^(suffix + 1)] == bytes[^(suffix + 1)])
            suffix++;
        string Show(byte[] b, int from, int to)
        {
            var text = System.Text.Encoding.UTF8.GetString(b, from, to - from);
            return System.Text.Json.JsonSerializer.Serialize(text.Length > 200 ? text[..200] + "…" : text);
        }
        return $"at byte {prefix}, {Show(seed, prefix, seed.Length - suffix)} became {Show(bytes, prefix, bytes.Length - suffix)}";
    }

    [GeneratedRegex(@":\d+:\d+: \$")]
    private static partial Regex Located();

    [GeneratedRegex(@"0x[0-9A-Fa-f]+|\d+")]
    private static partial Regex Digits();
}
