namespace Reports.Excel.Composition;

/// <summary>The workbook's sheets, in tab order.</summary>
internal static class SheetNames
{
    public const string Summary = "Summary";
    public const string Changes = "Changes";
    public const string Indicators = "Indicators";
    public const string Charts = "Charts";
    public const string Agreements = "Agreements";
    public const string Sources = "Sources";
    public const string About = "About";

    public static IReadOnlyList<string> InOrder { get; } = [Summary, Indicators, Charts, Agreements, Sources, About];

    /// <summary>The order when the workbook shows what changed since an earlier edition: right after the summary.</summary>
    public static IReadOnlyList<string> WithChanges { get; } = [Summary, Changes, Indicators, Charts, Agreements, Sources, About];
}
