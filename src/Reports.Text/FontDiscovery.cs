namespace Reports.Text;

/// <summary>
/// Finds the fonts of the stack: every family in the extra directories first (each used only for the
/// scripts it covers, see the tokenizer), then the shipped fonts (<see cref="ShippedFonts"/>);
/// the system fonts come after them and are read only when a character none of those has is met.
/// System directories of the usual platforms are searched; no single path is assumed.
/// </summary>
internal static class FontDiscovery
{
    /// <summary>The extra families followed by the shipped ones, in the order they are tried.</summary>
    public static IReadOnlyList<FontFamilyFaces> Discover(IReadOnlyList<string> extraDirectories)
    {
        var families = new List<FontFamilyFaces>();
        foreach (var directory in extraDirectories)
            families.AddRange(FontDirectoryScanner.Families(directory));
        families.AddRange(ShippedFonts.Families());
        return families;
    }

    /// <summary>
    /// Every family installed on the machine, ordered by name (the same order on every run), except the
    /// files of <paramref name="known"/> (the shipped fonts, should they also be installed).
    /// </summary>
    public static IReadOnlyList<FontFamilyFaces> SystemFamilies(IReadOnlyList<FontFamilyFaces> known)
    {
        var knownNames = known.SelectMany(f => f.Files).Select(f => Path.GetFileName(f.Path)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = SystemFontDirectories().Where(Directory.Exists)
            .SelectMany(FontDirectoryScanner.FontFiles)
            .Where(path => !knownNames.Contains(Path.GetFileName(path)))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        return FontDirectoryScanner.FamiliesOf(files);
    }

    private static IEnumerable<string> SystemFontDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        yield return "/usr/share/fonts";
        yield return "/usr/local/share/fonts";
        if (!string.IsNullOrEmpty(home))
        {
            yield return Path.Combine(home, ".local", "share", "fonts");
            yield return Path.Combine(home, ".fonts");
        }

        yield return "/Library/Fonts";
        yield return "/System/Library/Fonts";
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (!string.IsNullOrEmpty(windows))
            yield return windows;
    }
}
