namespace Reports.PdfWriter.Writing;

/// <summary>
/// <c>Math.Round(value, MidpointRounding.AwayFromZero)</c>, bit for bit (signed zeros included), without
/// <c>Math.Truncate</c>: the native build targets x64 without SSE4.1, where that is a call into the C library's
/// <c>modf</c>, and the writer rounds every glyph's adjustment and every number it writes (about 2 % of a long
/// document's CPU time went there). A cast to <c>long</c> truncates in one instruction.
/// </summary>
internal static class Rounding
{
    /// <summary>2^52: from here on every double is a whole number.</summary>
    private const double Whole = 4503599627370496.0;

    public static double HalfAwayFromZero(double value)
    {
        if (!(Math.Abs(value) < Whole))
            return value; // whole already, or NaN or an infinity, which Math.Round returns as they are
        var whole = (double)(long)value;
        var fraction = value - whole; // exact: both have the same sign and whole is value without its fraction
        var rounded = fraction >= 0.5 ? whole + 1 : fraction <= -0.5 ? whole - 1 : whole;
        return Math.CopySign(rounded, value);
    }
}
