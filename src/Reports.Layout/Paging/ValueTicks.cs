using System.Globalization;

namespace Reports.Layout.Paging;

/// <summary>
/// The ticks of a value axis: about five steps of 1, 2 or 5 × 10ⁿ across the range, labelled with one
/// number of decimals and a true minus sign. A range holding both signs is widened so that each side
/// of zero has at least one tick, so a short negative bar beside tall positive ones can still be read.
/// </summary>
public sealed record ValueTicks(double Min, double Max, IReadOnlyList<double> Positions, IReadOnlyList<string> Labels)
{
    private const double TargetSteps = 5;

    /// <param name="numbers">How the brief writes numbers (group and decimal separators); null: invariant.</param>
    public static ValueTicks For(double min, double max, NumberFormatInfo? numbers = null)
    {
        var step = NiceStep((max - min) / TargetSteps);
        if (min < 0 && Math.Ceiling(min / step) >= 0)
            min = -step;
        if (max > 0 && Math.Floor(max / step) <= 0)
            max = step;
        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(step) + 1e-9));
        var positions = new List<double>();
        for (var k = Math.Ceiling(min / step); k <= Math.Floor(max / step); k++)
            positions.Add(Math.Round(k * step, 12));
        return new ValueTicks(min, max, positions, [.. positions.Select(p => Label(p, decimals, numbers))]);
    }

    /// <summary>"−1.5", "0", "2,000" ("2 000", "1,5" in cultures that write them so), U+2212 for negatives.</summary>
    public static string Label(double value, int decimals, NumberFormatInfo? numbers = null)
    {
        var digits = Math.Abs(value).ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), numbers ?? NumberFormatInfo.InvariantInfo);
        return value < 0 && digits.Any(c => c is >= '1' and <= '9') ? "\u2212" + digits : digits;
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normal = raw / magnitude;
        var nice = normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10;
        return nice * magnitude;
    }
}
