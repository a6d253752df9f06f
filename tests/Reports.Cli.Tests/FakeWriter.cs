using System.Globalization;
using System.Text;
using Reports.Cli.Commands;
using Reports.Cli.Running;
using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;

namespace Reports.Cli.Tests;

/// <summary>
/// A tiny deterministic report format, so the run mechanics (manifest, skipping, atomic writes, shards)
/// are tested on their own; the real PDF and workbook writers have end-to-end tests of their own.
/// </summary>
internal sealed class FakeWriter(Action<Stream>? beforeFinishing = null, string extension = ".txt") : IReportWriter
{
    public ReportFormatKind Kind => ReportFormatKind.Pdf;
    public string Extension => extension;

    public IReadOnlyList<WriterProblem> Check(Summit summit, ReportRequest request) => [];

    public WriterOutcome Write(Summit summit, ReportRequest request, Stream output)
    {
        var text = $"{summit.Event.Title}\n{request.GeneratedAt:O}\n{request.CultureOf(summit).Name}\n{summit.Indicators.Count}\n{Changes(request.Changes)}";
        output.Write(Encoding.UTF8.GetBytes(text));
        beforeFinishing?.Invoke(output);
        return new WriterOutcome(Pages: 1);
    }

    /// <summary>"no comparison", or "changes since 2025-05-08: 2" and one line per indicator change.</summary>
    static string Changes(ChangeSet? changes)
    {
        if (changes is null)
            return "no comparison\n";
        var texts = new ChangeTexts(FigureFormatter.Default);
        var lines = changes.Indicators.Select(c => $"{c.Kind} {c.Id}: {texts.Summary(c)}\n");
        return string.Create(CultureInfo.InvariantCulture, $"changes since {changes.Since:yyyy-MM-dd}: {changes.Indicators.Count + changes.Items.Count}\n") + string.Concat(lines);
    }
}
