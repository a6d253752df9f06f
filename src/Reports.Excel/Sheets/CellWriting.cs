using ClosedXML.Excel;
using Reports.Excel.Text;

namespace Reports.Excel.Sheets;

/// <summary>How text reaches a ClosedXML cell: always as a string, risky text quote-prefixed.</summary>
internal static class CellWriting
{
    /// <summary>
    /// Stores <paramref name="text"/> exactly as text. <c>cell.Value = text</c> would guess a type ("+1" a
    /// number, "2024-01-02" a date); <c>SetValue&lt;string&gt;</c> does not.
    /// </summary>
    public static IXLCell SetText(this IXLCell cell, string text, InjectionGuard guard)
    {
        var fitted = CellText.Fit(text);
        cell.SetValue<string>(fitted);
        if (guard.Neutralise(fitted))
            cell.Style.IncludeQuotePrefix = true;
        return cell;
    }

    /// <summary>A number shown with <paramref name="formatCode"/>, left-aligned to sit under text.</summary>
    public static IXLCell SetNumber(this IXLCell cell, double value, string formatCode)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = formatCode;
        return cell;
    }

    public static IXLCell Bold(this IXLCell cell, double? size = null)
    {
        cell.Style.Font.Bold = true;
        if (size is { } points)
            cell.Style.Font.FontSize = points;
        return cell;
    }
}
