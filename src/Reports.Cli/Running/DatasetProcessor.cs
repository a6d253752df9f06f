using System.Diagnostics;
using System.Security.Cryptography;
using Reports.Cli.Commands;
using Reports.Cli.Comparing;
using Reports.Cli.Output;
using Reports.Domain.Loading;

namespace Reports.Cli.Running;

/// <summary>One dataset through the pipeline: read → validate → each writer, atomically, into the output folder.</summary>
/// <param name="compareTo">The --compare-to edition, already read and valid; null compares with snapshots.</param>
internal sealed class DatasetProcessor(GenerateSettings settings, IReadOnlyList<IReportWriter> writers, CliContext context, Manifest? previous = null, EarlierEdition? compareTo = null)
{
    readonly EditionComparison _comparison = new(settings, context, previous, compareTo);
    readonly Branding.BrandResolver _brands = new(settings.Brand, context);
    readonly ReportStaging _staging = new(settings, writers, context);

    public IReadOnlyList<IReportWriter> Writers => writers;

    /// <summary>The options that shape the output; a change in any of them means regenerating.</summary>
    public IReadOnlyDictionary<string, string> OutputOptions { get; } = LookOptions(settings, new Dictionary<string, string>
    {
        ["formats"] = string.Join(",", writers.Select(w => w.Extension[1..])),
        ["culture"] = settings.Culture?.Name ?? "",
        ["language"] = settings.Language?.Code ?? "",
        ["pageSize"] = settings.PageSize,
        ["appendix"] = settings.Appendix,
        ["pdfStandard"] = settings.PdfStandard,
        ["fonts"] = string.Join(Path.PathSeparator, settings.FontDirectories),
        ["ignoreSystemFonts"] = settings.IgnoreSystemFonts ? "true" : "false",
        ["sourceDateEpoch"] = settings.SourceDateEpoch?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    });

    /// <summary>--marking and --watermark, recorded only when given (a manifest without them stays as it was).</summary>
    static Dictionary<string, string> LookOptions(GenerateSettings settings, Dictionary<string, string> options)
    {
        if (settings.Marking is { } marking)
            options["marking"] = marking;
        if (settings.Watermark is { } watermark)
            options["watermark"] = watermark;
        return options;
    }

    /// <param name="stageDone">Told the name of each stage as it finishes ("validate", "pdf", "xlsx").</param>
    public DatasetOutcome Process(string inputPath, Action<string>? stageDone = null)
    {
        var stages = new Dictionary<string, double>();
        var display = context.Display(inputPath);
        var clock = Stopwatch.StartNew();
        var (bytes, readError) = Read(inputPath, display);
        if (bytes is null)
            return Failed(inputPath, ExitCodes.InvalidInput, [$"{display}: cannot read the dataset: {readError}"], stages);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var brand = _brands.For(inputPath);
        var brandWarnings = brand.Warnings.Select(w => w.ToString()).ToList();
        if (brand.Brand is null)
            return Failed(inputPath, ExitCodes.InvalidInput, brand.Errors.Select(e => e.ToString()).ToList(), stages, sha) with { Warnings = brandWarnings };
        var (earlier, findWarning) = WriteReports ? _comparison.Find(inputPath, display) : (null, null);
        if (settings.IfChanged && UpToDate(display, sha, earlier, brand.Record) is { } entry)
            return new DatasetOutcome(inputPath, sha, ExitCodes.Success, true, entry.Outputs.Select(o => o with { Path = Path.Combine(settings.OutDirectory, o.Path) }).ToList(), [], stages);
        var result = SummitLoader.Load(display, bytes);
        stages["validate"] = Lap(clock);
        stageDone?.Invoke("validate");
        var look = brand.Brand.WithMarkings(settings.Marking, settings.Watermark);
        // Taken before the reports are made: the load result (and through it the file's bytes) is not held
        // while they are (the bytes of 100,000 indicators are 34 MB, and an earlier edition's as many again).
        List<string> warnings = [.. brandWarnings, .. result.Warnings.Select(w => w.ToString()), .. findWarning is null ? [] : new[] { findWarning }];
        var outcome = Continue(inputPath, sha, bytes, earlier, result, stages, stageDone, look) with { Brand = brand.Record };
        return outcome with { Warnings = [.. warnings, .. outcome.Warnings] };
    }

    /// <summary>The dataset after loading: the comparison with the earlier edition, the checks of every
    /// format, then (for generate) the reports and the snapshot.</summary>
    DatasetOutcome Continue(string inputPath, string sha, byte[] bytes, EarlierEdition? earlier, LoadResult result, Dictionary<string, double> stages, Action<string>? stageDone, Domain.Branding.Brand brand)
    {
        if (!result.IsValid)
            return Failed(inputPath, ExitCodes.InvalidInput, result.Errors.Select(e => e.ToString()).ToList(), stages, sha);
        var clock = Stopwatch.StartNew();
        var compared = _comparison.Compare(earlier, result.Summit!, sha);
        if (compared.Record is not null)
            stages["compare"] = Lap(clock);
        var request = new ReportRequest(inputPath, sha, settings.SourceDateEpoch ?? GeneratedAtFromDataset(result), settings, compared.Changes, brand);
        var found = writers.SelectMany(w => w.Check(result.Summit!, request)).Select(p => (p.Path, p.Problem, p.Expected)).ToList();
        var problems = result.LocateAll([.. found.Where(p => !p.Path.StartsWith(BrandText, StringComparison.Ordinal))]).Select(e => e.ToString())
            .Concat(found.Where(p => p.Path.StartsWith(BrandText, StringComparison.Ordinal)).Select(p => BrandProblem(brand, p.Path[BrandText.Length..], p.Problem, p.Expected)))
            .ToList();
        if (problems.Count > 0)
            return Failed(inputPath, ExitCodes.InvalidInput, problems, stages, sha);
        if (!WriteReports)
            return new DatasetOutcome(inputPath, sha, ExitCodes.Success, false, [], [], stages);
        // The snapshot is staged first, so that neither the file's bytes nor the earlier edition's are held
        // while the reports are made; it is still committed last (below).
        var (summit, length, sideBySide) = (result.Summit!, bytes.Length, FormatsInParallel && bytes.Length <= SideBySideLimit);
        var snapshot = _staging.Snapshot(inputPath, bytes);
        if (snapshot.Error is { } snapshotError)
            return Failed(inputPath, ExitCodes.OutputFailed, [snapshotError], stages, sha);
        ReportStaging.Staged[] staged;
        try
        {
            staged = _staging.All(summit, request, stageDone, sideBySide);
        }
        catch
        {
            AtomicFile.Discard(snapshot.Temp!); // an internal error (exit 1) leaves no temporary file either
            throw;
        }
        if (staged.FirstOrDefault(w => w.Error is not null)?.Error is { } error)
        {
            foreach (var temp in staged.Select(w => w.Temp).Append(snapshot.Temp).OfType<string>())
                AtomicFile.Discard(temp);
            return Failed(inputPath, ExitCodes.OutputFailed, [error], stages, sha);
        }
        // Every format is complete on disk before any replaces its predecessor, so a failure never
        // leaves a new PDF beside an old workbook. The snapshot goes last: a run killed before it leaves
        // the old one, and the next run shows the same changes again rather than none.
        foreach (var w in staged)
        {
            AtomicFile.Commit(w.Temp!, w.Target);
            stages[w.Writer.Extension[1..]] = w.Seconds;
        }
        AtomicFile.Commit(snapshot.Temp!, snapshot.Target);
        var outputs = staged.Select(w => Describe(w.Target, w.Writer, w.Outcome!)).ToList();
        return new DatasetOutcome(inputPath, sha, ExitCodes.Success, false, outputs, [], stages)
        {
            Warnings = compared.Warning is { } warning ? [warning] : [],
            ReportDate = DateOnly.FromDateTime(request.GeneratedAt.UtcDateTime),
            Snapshot = new OutputFile(Path.Combine(settings.OutDirectory, Snapshots.Relative(inputPath)), "json", sha, length, null, null, 0),
            Comparison = compared.Record,
            ChangeCount = compared.Changes is { } c ? c.Indicators.Count + c.Items.Count + (c.EventDate is null ? 0 : 1) : 0,
        };
    }

    /// <summary>The origin prefix of the brief's texts that come from the brand (or --marking, --watermark), not the dataset.</summary>
    const string BrandText = "brand:";

    /// <summary>A problem with a text of the brand, named at the brand file's key (or the option that replaced it).</summary>
    string BrandProblem(Domain.Branding.Brand brand, string path, string problem, string? expected)
    {
        var option = path.EndsWith(".marking", StringComparison.Ordinal) && settings.Marking is not null ? "--marking"
            : path.EndsWith(".watermark", StringComparison.Ordinal) && settings.Watermark is not null ? "--watermark" : null;
        var where = option ?? (brand.File is { } file ? context.Display(file) : "the brand file");
        return new DatasetError(where, 0, 0, option is null ? path : "$", problem, expected).ToString();
    }

    /// <summary>Whether one dataset's formats are written at the same time (set by the run: when there are
    /// fewer datasets than --parallel allows, the spare cores make the formats side by side).</summary>
    public bool FormatsInParallel { get; init; }

    /// <summary>False for `validate`: every check a format makes (fonts for the PDF…) runs, nothing is written.</summary>
    public bool WriteReports { get; init; } = true;

    /// <summary>
    /// <see cref="Process"/>, with a bug while processing this dataset reported as its outcome (exit 1)
    /// so that the other datasets of the run still go through.
    /// </summary>
    public DatasetOutcome ProcessSafely(string file, bool verbose, Action<string>? stageDone = null)
    {
        try
        {
            return Process(file, stageDone);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string[] lines = [$"{context.Display(file)}: internal error: {e.GetType().Name}: {e.Message}",
                verbose ? e.ToString() : "This is a bug in Reports, not in your data. Run again with --verbose for details and report it."];
            return new DatasetOutcome(file, null, ExitCodes.InternalError, false, [], lines, new Dictionary<string, double>());
        }
    }

    /// <summary>Datasets larger than this (bytes of JSON, about 140,000 indicators) write their formats one
    /// after the other even when cores are free. Up to 100,000 indicators side by side was measured to add
    /// about 20 MB to the peak (the PDF is drawn page by page; most of the peak is the loaded dataset) and to
    /// save the workbook's seconds; beyond what was measured, the peaks are not risked together.</summary>
    public const int SideBySideLimit = 48 * 1024 * 1024;

    /// <summary>The manifest entry proving this dataset's reports are current, or null when they must be made.</summary>
    /// <remarks>The brand file and its assets count as input, by their one hash. The earlier edition counts as input: the same dataset compared with another edition gives
    /// other reports. The snapshot is checked like an output.</remarks>
    ManifestEntry? UpToDate(string input, string sha, EarlierEdition? earlier, Branding.BrandRecord? brand)
    {
        if (previous is null || previous.ToolVersion != ToolInfo.Version || previous.Find(input) is not { } entry)
            return null;
        if (entry.Brand != brand)
            return null;
        if (entry.Sha256 != sha || !entry.Options.OrderBy(o => o.Key).SequenceEqual(OutputOptions.OrderBy(o => o.Key)))
            return null;
        var comparison = earlier is null ? null : EditionComparison.Expected(earlier);
        if (entry.Comparison != comparison || (earlier is not null && comparison is null))
            return null;
        if (entry.Snapshot is not { } snapshot || snapshot.Sha256 != sha)
            return null;
        return entry.Outputs.Append(snapshot).All(o => Matches(Path.Combine(settings.OutDirectory, o.Path), o.Sha256)) ? entry : null;
    }

    static bool Matches(string path, string sha) =>
        File.Exists(path) && Sha256Of(path) == sha;

    /// <summary>Hashes a file as a stream: a report of tens of megabytes is never held in memory for it.</summary>
    static string Sha256Of(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(file));
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
        return new OutputFile(path, writer.Extension[1..], Sha256Of(path), new FileInfo(path).Length, outcome.Pages, outcome.Rows, outcome.NeutralisedCells) { Fonts = outcome.Fonts };
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
