using Reports.Cli.Commands;
using Reports.Cli.Running;
using Reports.Domain.Model;
using Reports.Excel;

namespace Reports.Cli.Writers;

/// <summary>The Excel workbook of a dataset.</summary>
internal sealed class WorkbookReportWriter : IReportWriter
{
    public ReportFormatKind Kind => ReportFormatKind.Xlsx;
    public string Extension => ".xlsx";

    public IReadOnlyList<WriterProblem> Check(Summit summit, ReportRequest request) => [];

    public WriterOutcome Write(Summit summit, ReportRequest request, Stream output)
    {
        var options = new WorkbookOptions(request.GeneratedAt, Path.GetFileName(request.InputPath), request.InputSha256, ToolInfo.Version,
            request.LanguageOf(summit), request.Settings.Culture)
        {
            Brand = request.Brand ?? Domain.Branding.Brand.None,
        };
        var result = WorkbookWriter.Write(summit, options, output, request.Changes);
        return new WriterOutcome(Rows: result.IndicatorRows, NeutralisedCells: result.NeutralisedCells);
    }
}
