using System.Globalization;
using Reports.Domain.Model;

namespace Reports.Excel.Formats;

/// <summary>
/// The number format a unit's values are shown with. The cell keeps the full value; only the display rounds
/// (USD bn to one decimal, counts with thousands separators, years without).
/// </summary>
internal static class NumberFormats
{
    /// <summary>An Excel format code, e.g. "#,##0.0". The same pattern is a valid .NET custom format.</summary>
    public static string For(Unit unit) =>
        unit.IsYear ? "0"
        : unit.Decimals <= 0 ? "#,##0"
        : "#,##0." + new string('0', Math.Min(unit.Decimals, 10));

    /// <summary>The value as Excel would display it with <paramref name="formatCode"/> (for width estimates).</summary>
    public static string Display(double value, string formatCode) =>
        value.ToString(formatCode, CultureInfo.InvariantCulture);

    /// <summary>How a value is written into the file: round-trippable, invariant.</summary>
    public static string Stored(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
