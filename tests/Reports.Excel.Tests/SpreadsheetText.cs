using System.Globalization;
using System.Text.RegularExpressions;

namespace Reports.Excel.Tests;

/// <summary>Decodes SpreadsheetML's _xHHHH_ escapes the way Excel does.</summary>
internal static partial class SpreadsheetText
{
    public static string Decode(string stored) =>
        Escape().Replace(stored, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();
}
