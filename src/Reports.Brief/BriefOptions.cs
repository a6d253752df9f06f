using System.Globalization;
using Reports.Domain.Wording;
using Reports.Layout;

namespace Reports.Brief;

/// <summary>How to make a brief.</summary>
/// <param name="GeneratedAt">The date the brief records (SOURCE_DATE_EPOCH or the dataset's date; never the clock).</param>
/// <param name="IgnoreSystemFonts">Draw with the shipped fonts (and <paramref name="FontDirectories"/>) alone.</param>
/// <param name="TopPerTheme">With <see cref="AppendixMode.Top"/>, how many indicators per theme the appendix lists.</param>
/// <param name="Language">The language of the brief's own words (null: English); the dataset's text stays as written.</param>
public sealed record BriefOptions(
    CultureInfo Culture,
    PageSizeKind PageSize,
    IReadOnlyList<string> FontDirectories,
    DateTimeOffset GeneratedAt,
    string GeneratorVersion,
    AppendixMode Appendix = AppendixMode.Full,
    int TopPerTheme = 10,
    Language? Language = null,
    bool IgnoreSystemFonts = false)
{
    /// <summary>The organisation's look, logos and markings; <see cref="Domain.Branding.Brand.None"/> for the built-in look.</summary>
    public Domain.Branding.Brand Brand { get; init; } = Domain.Branding.Brand.None;

    /// <summary>The catalog of the brief's own words.</summary>
    public Words Words => Words.For(Language ?? Domain.Wording.Language.English);
    /// <summary>What the PDF claims to conform to (and the writer enforces): PDF/UA-1 with PDF/A-2a unless told otherwise; every setting is tagged.</summary>
    public PdfWriter.PdfStandard PdfStandard { get; init; } = PdfWriter.PdfStandard.Ua1A2a;

    public static BriefOptions Default { get; } = new(
        CultureInfo.GetCultureInfo("en-GB"), PageSizeKind.A4, [], DateTimeOffset.UnixEpoch, "0.0.0");
}

/// <summary>What the indicator appendix shows: every indicator, the first N per theme, or nothing.</summary>
public enum AppendixMode { Full, Top, None }
