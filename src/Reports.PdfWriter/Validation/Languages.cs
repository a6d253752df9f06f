using System.Text.RegularExpressions;

namespace Reports.PdfWriter.Validation;

/// <summary>Whether a string has the shape of a BCP 47 language tag ("en", "en-GB", "zh-Hans-CN", "x-private").</summary>
internal static partial class Languages
{
    public static bool IsTag(string tag) => Shape().IsMatch(tag);

    [GeneratedRegex("^(?:[A-Za-z]{2,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Shape();
}
