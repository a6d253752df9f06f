using Reports.Domain.Wording;

namespace Reports.Excel.Composition;

/// <summary>The workbook's sheets in the workbook's language ("Summary", "Сводка", "摘要"), in tab order.</summary>
internal sealed record SheetNames(string Summary, string Changes, string Indicators, string Charts, string Agreements, string Sources, string About)
{
    public static SheetNames English { get; } = For(Words.English);

    public static SheetNames For(Words words) => new(
        words["sheet.summary"], words["sheet.changes"], words["sheet.indicators"], words["sheet.charts"],
        words["sheet.agreements"], words["sheet.sources"], words["sheet.about"]);

    public IReadOnlyList<string> InOrder => [Summary, Indicators, Charts, Agreements, Sources, About];

    /// <summary>The order when the workbook shows what changed since an earlier edition: right after the summary.</summary>
    public IReadOnlyList<string> WithChanges => [Summary, Changes, Indicators, Charts, Agreements, Sources, About];

    /// <summary>
    /// A sheet name as a formula writes it: as it is when it is letters and digits ("Indicators!$D$5"),
    /// in quotes otherwise ("'Показатели'!$D$5" is safe either way; "'Source notes'!A1" needs them).
    /// </summary>
    public static string InFormula(string sheet) =>
        sheet.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '_') ? sheet : "'" + sheet.Replace("'", "''") + "'";
}
