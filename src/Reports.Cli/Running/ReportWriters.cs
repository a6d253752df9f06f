using Reports.Cli.Commands;
using Reports.Cli.Writers;

namespace Reports.Cli.Running;

/// <summary>The writers for the formats a run asked for, in a fixed order (PDF, then workbook).</summary>
internal static class ReportWriters
{
    static readonly IReportWriter[] All = [new BriefReportWriter(), new WorkbookReportWriter()];

    public static IReadOnlyList<IReportWriter> For(IReadOnlyList<ReportFormatKind> formats, IReadOnlyList<IReportWriter>? replacements = null) =>
        (replacements ?? All).Where(w => formats.Contains(w.Kind)).ToList();
}
