namespace Reports.Text;

/// <summary>What a BCP 47 language tag ("ar", "zh-Hant", "fa-IR") tells layout: the direction and the CJK region forms.</summary>
internal static class Languages
{
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-Arab", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    /// <summary>Whether text in the language is written right to left (a paragraph in it starts from the right).</summary>
    public static bool IsRightToLeft(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
            return false;
        if (tag.Contains("-Arab", StringComparison.OrdinalIgnoreCase) || tag.Contains("-Hebr", StringComparison.OrdinalIgnoreCase))
            return true;
        if (tag.Contains("-Latn", StringComparison.OrdinalIgnoreCase) || tag.Contains("-Cyrl", StringComparison.OrdinalIgnoreCase))
            return false;
        var primary = tag.Split('-')[0];
        return RightToLeft.Contains(primary);
    }
}
