using System.Text.RegularExpressions;
using Reports.Hardening.Tests.Generation;

namespace Reports.Hardening.Tests.Support;

/// <summary>
/// Runs one corpus case through `validate` and through `generate`, the latter in an output folder that
/// already holds the reports of an earlier valid run of the same stem, and checks everything the issue
/// asks: exit code, messages naming the file and the JSON path, no stack trace, earlier reports
/// untouched by a failing run, no temporary file left behind, and sound reports from a valid input.
/// </summary>
internal static partial class CorpusRunner
{
    public const string DefaultInput = "summit.json";

    /// <summary>The seed generated once (input/summit.json → output/), copied into each case's folder.</summary>
    static readonly Lazy<string> Template = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"reports-hardening-template-{Environment.ProcessId}");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        var sandbox = new CliSandbox(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => sandbox.Dispose();
        sandbox.AddInput(DefaultInput, CorpusFiles.Seed);
        var result = sandbox.Run();
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"The seed does not generate:\n{result}");
        return folder;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when a CJK font the brief can use is installed (fc-list :lang=zh, or a known font file).</summary>
    public static bool CjkFontInstalled { get; } = Fonts.CjkInstalled();

    /// <summary>Checks `validate` and `generate` both and reports every failure of either, not just the first.</summary>
    public static void Check(CorpusCase c)
    {
        using var sandbox = Prepare(c);
        var expected = ExpectedExit(c, sandbox);
        var display = InputArgument(c);
        var failures = new List<string>();

        Collect(failures, "validate", () =>
        {
            var before = sandbox.Snapshot();
            var validate = sandbox.Run("validate", display);
            CheckMessages(c, "validate", validate, expected, display);
            sandbox.Snapshot().ShouldBe(before, $"validate must write nothing\n{validate}");
        });

        Collect(failures, "generate", () =>
        {
            if (c.Setup == "unreadable" && expected == 2 && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(sandbox.Input(c.InputFileName), UnixFileMode.None);
            var before = sandbox.Snapshot("output");
            var generate = c.Setup is null or "unreadable" ? sandbox.Run() : sandbox.Run("generate", display);
            Directory.EnumerateFiles(sandbox.PathOf("output"), "*.reports-tmp", SearchOption.AllDirectories).ShouldBeEmpty($"a temporary file was left behind\n{generate}");
            if (generate.ExitCode != 0)
                sandbox.Snapshot("output").ShouldBe(before, $"a failing run changed the reports already in output/\n{generate}");
            CheckMessages(c, "generate", generate, expected, display);
            if (expected == 0)
                CheckReports(c, sandbox, generate);
        });

        if (failures.Count > 0)
            Assert.Fail($"{c.File}: {c.Note}\n\n{string.Join("\n\n", failures)}");
    }

    static void Collect(List<string> failures, string command, Action check)
    {
        try
        {
            check();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add($"[{command}] {e.Message}");
        }
    }

    /// <summary>A folder with the earlier reports of the case's stem in output/ and the case's input in input/.</summary>
    static CliSandbox Prepare(CorpusCase c)
    {
        var sandbox = new CliSandbox();
        var stem = Path.GetFileNameWithoutExtension(c.InputFileName);
        if (c.InputFileName == DefaultInput)
        {
            CopyFolder(Path.Combine(Template.Value, "output"), sandbox.PathOf("output"));
        }
        else
        {
            // Another stem: make its earlier reports for real, then take the seed away again.
            sandbox.AddInput(c.InputFileName, CorpusFiles.Seed);
            var earlier = sandbox.Run();
            earlier.ExitCode.ShouldBe(0, earlier.ToString());
            File.Delete(sandbox.Input(c.InputFileName));
        }
        File.Exists(sandbox.Output(stem + ".pdf")).ShouldBeTrue("the earlier run left no PDF");
        File.Exists(sandbox.Output(stem + ".xlsx")).ShouldBeTrue("the earlier run left no workbook");

        Directory.CreateDirectory(sandbox.PathOf("input"));
        switch (c.Setup)
        {
            case null:
            case "unreadable":
                sandbox.AddInput(c.InputFileName, CorpusFiles.Bytes(c));
                break;
            case "folder":
                Directory.CreateDirectory(sandbox.Input(c.InputFileName));
                break;
            case "missing":
                break;
            default:
                throw new InvalidOperationException($"Unknown setup {c.Setup}.");
        }
        return sandbox;
    }

    static int ExpectedExit(CorpusCase c, CliSandbox sandbox)
    {
        if (c.ExitWithCjkFont is { } withCjk && CjkFontInstalled)
            return withCjk;
        if (c.Setup == "unreadable" && c.ExitWhenReadable is { } readable)
        {
            // chmod 000 stops everyone but root (and CAP_DAC_OVERRIDE): find out which is true here.
            var path = sandbox.Input(c.InputFileName);
            if (OperatingSystem.IsWindows())
                return readable;
            File.SetUnixFileMode(path, UnixFileMode.None);
            try
            {
                using var _ = File.OpenRead(path);
                return readable;
            }
            catch (UnauthorizedAccessException)
            {
                return c.Exit;
            }
            finally
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return c.Exit;
    }

    /// <summary>The INPUT argument, as the user would type it; messages must name it this way.</summary>
    public static string InputArgument(CorpusCase c) =>
        c.Setup == "folder" ? $"input/{c.InputFileName}/" : $"input/{c.InputFileName}";

    public static void CheckMessages(CorpusCase c, string command, CliResult result, int expected, string display)
    {
        result.ExitCode.ShouldBe(expected, $"{c.File} ({c.Note})\n{result}");
        result.Error.ShouldNotContain("   at ", Case.Sensitive, $"stack trace\n{result}");
        result.Error.ShouldNotContain("internal error", Case.Sensitive, result.ToString());
        result.Out.ShouldContain($"{command}: ", Case.Sensitive, $"no summary line\n{result}");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (expected == 0)
        {
            // Located warnings are allowed: the corpus seed's "People flows" chart warns of mixed scales.
            StderrLines.Problems(result.Error).ShouldBeEmpty($"a valid input must not print problems\n{result}");
            return;
        }
        lines.ShouldNotBeEmpty($"exit {expected} without a message\n{result}");
        var shownName = display.TrimEnd('/');
        foreach (var line in lines)
            (line.StartsWith(shownName, StringComparison.Ordinal) || line.StartsWith($"error: {shownName}", StringComparison.Ordinal))
                .ShouldBeTrue($"every problem line starts with the file it is about ({shownName}): {line}\n{result}");
        if (c.Setup is null)
        {
            foreach (var line in lines)
                DatasetLine().IsMatch(line).ShouldBeTrue($"not of the form file:line:col: $.path: problem (or file: $: problem): {line}");
        }
        lines.Any(l => c.Mentions.All(m => l.Contains(m, StringComparison.Ordinal)))
            .ShouldBeTrue($"no stderr line names all of: {string.Join(" | ", c.Mentions)}\n{result}");
        foreach (var forbidden in c.Forbidden ?? [])
            result.Error.ShouldNotContain(forbidden, Case.Sensitive, $"misleading message\n{result}");
        if (c.Setup is null)
            CheckPositions(c, lines);
    }

    /// <summary>Each line:column lies inside the file (a position past its end helps nobody).</summary>
    static void CheckPositions(CorpusCase c, string[] lines)
    {
        var bytes = CorpusFiles.Bytes(c);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var fileLines = text.Split('\n');
        foreach (var line in lines)
        {
            var m = DatasetLine().Match(line);
            if (!m.Groups["line"].Success)
                continue;
            var (row, column) = (int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture));
            row.ShouldBeInRange(1, fileLines.Length, line);
            column.ShouldBeInRange(1, fileLines[row - 1].Length + 1, line);
        }
    }

    static void CheckReports(CorpusCase c, CliSandbox sandbox, CliResult generate)
    {
        var stem = Path.GetFileNameWithoutExtension(c.InputFileName);
        var pdfPath = sandbox.Output(stem + ".pdf");
        var xlsxPath = sandbox.Output(stem + ".xlsx");
        File.Exists(pdfPath).ShouldBeTrue($"no {stem}.pdf\n{generate}");
        File.Exists(xlsxPath).ShouldBeTrue($"no {stem}.xlsx\n{generate}");
        generate.Out.ShouldContain($"output/{stem}.pdf", Case.Sensitive, generate.ToString());

        var pdf = File.ReadAllBytes(pdfPath);
        ReportFiles.PdfPages(pdf).ShouldBeGreaterThan(0);
        ReportFiles.FontKinds(pdf).ShouldBeSubsetOf(["Type0", "CIDFontType2"], "the .notdef check reads two-byte glyph ids");
        ReportFiles.NotdefGlyphs(pdf).ShouldBeEmpty("the PDF draws a box (.notdef) somewhere");
        ReportFiles.StrayLetters(pdf).ShouldBeEmpty("the PDF shows a control character");
        var text = ReportFiles.PdfText(pdf);
        foreach (var expected in c.PdfText ?? [])
            text.ShouldContain(expected, Case.Sensitive, $"the PDF does not show {expected}");

        var parts = ReportFiles.XlsxParts(File.ReadAllBytes(xlsxPath));
        var formulas = ReportFiles.XlsxFormulas(parts);
        var cells = ReportFiles.XlsxTexts(parts);
        foreach (var plain in c.XlsxText ?? [])
        {
            cells.ShouldContain(t => t.Contains(plain, StringComparison.Ordinal), $"{plain} is not in any cell of the workbook");
            var hostile = plain.TrimStart('=', '+', '-', '@');
            formulas.Where(f => f.Formula.Contains(hostile, StringComparison.Ordinal)).ShouldBeEmpty($"dataset text {plain} ended up in a formula");
        }
    }

    static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    /// <summary>file:line:col: $path: problem, or file: $: problem for the file as a whole.</summary>
    [GeneratedRegex(@"^.+?(:(?<line>\d+):(?<col>\d+))?: \$.*?: \S.*$")]
    private static partial Regex DatasetLine();
}
