using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;
using Reports.Domain.Wording;
using Reports.Excel.Composition;
using Reports.Excel.Packaging;
using Reports.Excel.Sheets;
using Reports.Excel.Streaming;
using Reports.Excel.Text;

namespace Reports.Excel;

/// <summary>
/// Writes a summit as an Excel workbook: Summary, Changes (when compared with an earlier edition), Indicators (an Excel table, one row per figure), Charts
/// (native charts bound to the Indicators cells), Agreements, Sources and About.
/// </summary>
/// <remarks>
/// Three stages: ClosedXML writes the small sheets; the table sheets, charts and their styles are then added
/// with the Open XML SDK (streamed, so a hundred thousand indicators stay fast); finally the package is
/// rewritten so the same input and <see cref="WorkbookOptions.GeneratedAt"/> give the same bytes.
/// </remarks>
public static class WorkbookWriter
{
    /// <summary>
    /// Pays ClosedXML's first-use cost (type loading, static tables; about 0.15 s) ahead of time, e.g. on a
    /// spare core while the dataset is validated. Writes nothing.
    /// </summary>
    public static void Prepare()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        workbook.AddWorksheet("Prepare").Cell(1, 1).SetValue("prepare");
        workbook.SaveAs(Stream.Null);
    }

    /// <summary>Writes the workbook to <paramref name="output"/> (which need not be seekable).</summary>
    /// <param name="changes">What changed since an earlier edition: adds the Changes sheet and the Previous
    /// value column; null for a workbook with neither.</param>
    public static WorkbookResult Write(Summit summit, WorkbookOptions options, Stream output, ChangeSet? changes = null)
    {
        ArgumentNullException.ThrowIfNull(summit);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var language = options.Language ?? Language.English;
        var plan = WorkbookPlan.Create(summit, changes, new FigureFormatter(language.Culture(options.Culture), options.Words), Branding.WorkbookLook.For(options.Brand));
        var guard = new InjectionGuard();
        using var package = new MemoryStream();
        ClosedXmlSheets.Write(plan, options, guard, package);
        var tableSheets = TableSheets.Complete(package, plan, guard);
        using var normalised = new MemoryStream();
        PackageNormaliser.Normalise(package, Properties(summit, options), normalised, tableSheets);
        normalised.Position = 0;
        normalised.CopyTo(output);
        return new WorkbookResult(summit.Indicators.Count, guard.NeutralisedCells, plan.Charts.Count);
    }

    static DocumentProperties Properties(Summit summit, WorkbookOptions options) => new(
        Title: summit.Event.Title,
        Subject: options.Words["workbook.subject"],
        Author: options.Brand.Name ?? AboutSheet.GeneratorName,
        Keywords: string.Join("; ", summit.Event.Parties.Select(p => p.Name).Prepend(options.Words["workbook.keyword.summit"]).Append(options.Words["workbook.keyword.indicators"])),
        Description: options.Words.Format("workbook.description", ("generator", AboutSheet.GeneratorName), ("version", options.GeneratorVersion), ("file", options.InputFileName), ("sha", options.InputSha256)),
        Created: options.GeneratedAt,
        Application: $"{AboutSheet.GeneratorName} {options.GeneratorVersion}")
    {
        Company = options.Brand.Name,
    };
}
