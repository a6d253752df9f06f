namespace Reports.Excel;

/// <summary>What was written.</summary>
/// <param name="IndicatorRows">Data rows on the Indicators sheet (one per indicator).</param>
/// <param name="NeutralisedCells">Text cells that began with =, +, -, @, tab, CR or LF and were marked as
/// literal text (quote prefix) so that no spreadsheet reads them as a formula.</param>
/// <param name="ChartCount">Native charts on the Charts sheet.</param>
public sealed record WorkbookResult(int IndicatorRows, int NeutralisedCells, int ChartCount);
