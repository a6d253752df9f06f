using System.Diagnostics;
using System.Globalization;
using Reports.Excel;
using Reports.Excel.Tests;

// usage: dotnet run -c Release --project tests/Reports.Excel.Tests/Benchmark -- [count ...] [--out DIR]
// Warms up on a small summit, then times one write per size. With --out, the workbooks (and the seed-like and
// hostile test summits) are saved in DIR, e.g. to open them in LibreOffice.
var outDir = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
var counts = args.TakeWhile(a => a != "--out").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(10_000).ToList();
if (outDir is not null)
{
    using var seed = File.Create(Path.Combine(outDir, "seed.xlsx"));
    WorkbookWriter.Write(Some.Summit(), Some.Options, seed);
    using var hostile = File.Create(Path.Combine(outDir, "hostile.xlsx"));
    WorkbookWriter.Write(Some.Hostile(), Some.Options, hostile);
}

WorkbookWriter.Write(Some.Generated(100), Some.Options, Stream.Null);
foreach (var count in counts)
{
    var summit = Some.Generated(count);
    GC.Collect();
    var before = Process.GetCurrentProcess().PeakWorkingSet64;
    var clock = Stopwatch.StartNew();
    using var output = outDir is null ? Stream.Null : File.Create(Path.Combine(outDir, $"generated-{count}.xlsx"));
    var result = WorkbookWriter.Write(summit, Some.Options, output);
    clock.Stop();
    var peak = Process.GetCurrentProcess().PeakWorkingSet64;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{count,8} indicators: {clock.Elapsed.TotalSeconds,6:0.00} s, peak working set {peak / 1e6,6:0} MB (before {before / 1e6:0} MB), allocated {GC.GetTotalAllocatedBytes() / 1e6:0} MB, rows {result.IndicatorRows}, charts {result.ChartCount}"));
}
