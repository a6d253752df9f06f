namespace Reports.Text;

/// <summary>
/// The fonts that ship with the tool, in the folder <c>fonts</c> beside its binary (the repository's
/// <c>fonts/</c>, copied into every build and the tool package): Noto Sans for Latin, Greek and Cyrillic,
/// then a Noto face per script, then a CJK font. Output depends on these alone unless a character none of
/// them has is drawn from a system font.
/// </summary>
internal static class ShippedFonts
{
    /// <summary>Family name, then the regular, bold, italic and bold italic file names (null when the family has no such face).</summary>
    private static readonly (string Family, string Regular, string? Bold, string? Italic, string? BoldItalic)[] Files =
    [
        ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
        Pair("Arabic"), Pair("Hebrew"), Pair("Devanagari"), Pair("Bengali"), Pair("Ethiopic"), Pair("Thai"),
        Pair("Georgian"), Pair("Armenian"),
        Single("Khmer"), Single("Lao"), Single("Myanmar"), Single("Sinhala"), Single("Tamil"), Single("Thaana"),
        ("Noto Sans CJK SC", "NotoSansCJKsc-Subset.ttf", null, null, null),
    ];

    /// <summary>The folder the shipped fonts are read from.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>The shipped families in the order they are tried; throws when the folder is incomplete (a broken install).</summary>
    public static IReadOnlyList<FontFamilyFaces> Families() => [.. Files.Select(ToFamily)];

    private static FontFamilyFaces ToFamily((string Family, string Regular, string? Bold, string? Italic, string? BoldItalic) f) =>
        new(f.Family, Face(f.Regular)!, Face(f.Bold), Face(f.Italic), Face(f.BoldItalic)) { IsShipped = true };

    private static FontFaceFile? Face(string? name)
    {
        if (name is null)
            return null;
        var path = Path.Combine(Directory, name);
        return File.Exists(path)
            ? new FontFaceFile(path, 0)
            : throw new InvalidOperationException($"The shipped font {name} is missing from {Directory}: reinstall the tool (it must sit beside the program, in fonts/).");
    }

    private static (string, string, string?, string?, string?) Pair(string script) =>
        ($"Noto Sans {script}", $"NotoSans{script}-Regular.ttf", $"NotoSans{script}-Bold.ttf", null, null);

    private static (string, string, string?, string?, string?) Single(string script) =>
        ($"Noto Sans {script}", $"NotoSans{script}-Regular.ttf", null, null, null);
}
