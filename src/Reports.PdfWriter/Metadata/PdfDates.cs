using System.Globalization;

namespace Reports.PdfWriter.Metadata;

/// <summary>Dates as the Info dictionary (<c>D:20250508093000+03'00'</c>) and XMP (<c>2025-05-08T09:30:00+03:00</c>) write them.</summary>
internal static class PdfDates
{
    public static string Info(DateTimeOffset date) =>
        "D:" + date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Zone(date, "'") + "'";

    public static string Xmp(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Zone(date, ":");

    private static string Zone(DateTimeOffset date, string separator)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}{separator}{abs.Minutes:00}");
    }
}
