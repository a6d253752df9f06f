using Reports.Brief;
using Reports.Cli.Commands;
using Reports.Cli.Running;
using Reports.Domain.Model;
using Reports.Layout;

namespace Reports.Cli.Writers;

/// <summary>The PDF brief of a dataset.</summary>
internal sealed class BriefReportWriter : IReportWriter
{
    public ReportFormatKind Kind => ReportFormatKind.Pdf;
    public string Extension => ".pdf";

    public IReadOnlyList<WriterProblem> Check(Summit summit, ReportRequest request) =>
        BriefWriter.CheckText(summit, Options(summit, request), request.Changes).Select(p => new WriterProblem(p.Path, p.Problem, p.Expected)).ToList();

    public WriterOutcome Write(Summit summit, ReportRequest request, Stream output)
    {
        var result = BriefWriter.Write(summit, Options(summit, request), output, request.Changes);
        return new WriterOutcome(Pages: result.PageCount, Fonts: result.Fonts);
    }

    static BriefOptions Options(Summit summit, ReportRequest request) => new(
        request.CultureOf(summit),
        request.Settings.PageSize == "Letter" ? PageSizeKind.Letter : PageSizeKind.A4,
        request.Settings.FontDirectories,
        request.GeneratedAt,
        ToolInfo.Version,
        request.Settings.Appendix switch { "top" => AppendixMode.Top, "none" => AppendixMode.None, _ => AppendixMode.Full },
        Language: request.LanguageOf(summit),
        IgnoreSystemFonts: request.Settings.IgnoreSystemFonts)
    {
        Brand = request.Brand ?? Domain.Branding.Brand.None,
        PdfStandard = PdfStandards.Parse(request.Settings.PdfStandard),
    };
}
