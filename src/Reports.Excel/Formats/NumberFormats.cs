using System.Globalization;
using Reports.Domain.Model;

namespace Reports.Excel.Formats;

/// <summary>
/// The number format a value is shown with: as many decimals as the value itself has (4.5 → "4.5", 0.25 →
/// "0.25", 245 → "245"), never the unit's default, so the cell reads as the source does. Thousands
/// separators for everything but calendar years. The cell keeps the full value; only the display rounds.
/// </summary>
/// <remarks>
/// The decimals are those of the value to 15 significant digits (what Excel itself shows), so 0.1 + 0.2 is
/// "0.3", capped at <see cref="MaxDecimals"/>; a value so small that the cap would show it as zero is shown
/// in scientific notation instead ("1.5E-12").
/// </remarks>
internal static class NumberFormats
{
    /// <summary>The most decimals a fixed-point format shows.</summary>
    public const int MaxDecimals = 10;

    /// <summary>An Excel format code for <paramref name="value"/>, e.g. "#,##0.25". The same pattern is a valid .NET custom format.</summary>
    public static string For(double value, Unit unit) => For([value], unit);

    /// <summary>One format for values shown side by side (a chart's cells and labels): as many decimals as the most
    /// precise of them needs.</summary>
    public static string For(IEnumerable<double> values, Unit unit)
    {
        var shown = values.Where(double.IsFinite).ToList();
        if (shown.Count > 0 && shown.All(NeedsScientific))
            return "0" + Fraction(shown.Max(MantissaDecimals)) + "E+00";
        var decimals = shown.Where(v => !NeedsScientific(v)).Select(Decimals).DefaultIfEmpty(0).Max();
        return (unit.IsYear ? "0" : "#,##0") + Fraction(decimals);
    }

    /// <summary>The value as Excel would display it with <paramref name="formatCode"/> (for width estimates).</summary>
    public static string Display(double value, string formatCode) =>
        value.ToString(formatCode, CultureInfo.InvariantCulture);

    /// <summary>How a value is written into the file: round-trippable, invariant.</summary>
    public static string Stored(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    static string Fraction(int decimals) => decimals == 0 ? "" : "." + new string('0', decimals);

    /// <summary>Decimals of the value to 15 significant digits, at most <see cref="MaxDecimals"/>.</summary>
    static int Decimals(double value) => Math.Min(MaxDecimals, (int)Significant(value).Scale);

    // Nonzero, yet zero when rounded to the most decimals shown.
    static bool NeedsScientific(double value) =>
        value != 0 && Math.Round(Significant(value), MaxDecimals) == 0;

    static int MantissaDecimals(double value)
    {
        var mantissa = value.ToString("E14", CultureInfo.InvariantCulture).Split('E')[0].TrimEnd('0');
        return mantissa.Length - mantissa.IndexOf('.') - 1;
    }

    // Conversion to decimal keeps 15 significant digits; dividing by 1.000… drops trailing zeros from the scale.
    // Validated figures lie within ±1e15, far inside decimal's range.
    static decimal Significant(double value) =>
        Math.Abs(value) < 1e-28 ? 0m : (decimal)value / 1.000000000000000000000000000000000m;
}
