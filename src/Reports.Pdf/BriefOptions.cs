using System.Globalization;
using Reports.Layout;

namespace Reports.Pdf;

/// <summary>How to make a brief.</summary>
/// <param name="GeneratedAt">The date the brief records (SOURCE_DATE_EPOCH or the dataset's date; never the clock).</param>
/// <param name="IgnoreSystemFonts">Draw with the shipped fonts (and <paramref name="FontDirectories"/>) alone.</param>
/// <param name="TopPerTheme">With <see cref="AppendixMode.Top"/>, how many indicators per theme the appendix lists.</param>
public sealed record BriefOptions(
    CultureInfo Culture,
    PageSizeKind PageSize,
    IReadOnlyList<string> FontDirectories,
    DateTimeOffset GeneratedAt,
    string GeneratorVersion,
    AppendixMode Appendix = AppendixMode.Full,
    int TopPerTheme = 10,
    bool IgnoreSystemFonts = false)
{
    public static BriefOptions Default { get; } = new(
        CultureInfo.GetCultureInfo("en-GB"), PageSizeKind.A4, [], DateTimeOffset.UnixEpoch, "0.0.0");
}

/// <summary>What the indicator appendix shows: every indicator, the first N per theme, or nothing.</summary>
public enum AppendixMode { Full, Top, None }
