using System.Text;
using Reports.Cli.Commands;
using Reports.Cli.Running;
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
        var text = $"{summit.Event.Title}\n{request.GeneratedAt:O}\n{request.Settings.Culture.Name}\n{summit.Indicators.Count}\n";
        output.Write(Encoding.UTF8.GetBytes(text));
        beforeFinishing?.Invoke(output);
        return new WriterOutcome(Pages: 1);
    }
}
