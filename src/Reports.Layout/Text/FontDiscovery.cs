namespace Reports.Layout.Text;

/// <summary>
/// Finds the fonts of the stack: every family in the extra directories first, then DejaVu Sans
/// (Latin, Greek, Cyrillic; on every fresh Debian machine), then a CJK font if one is installed.
/// System directories of the usual platforms are searched; no single path is assumed.
/// </summary>
internal static class FontDiscovery
{
    private static readonly string[] DejaVuFiles =
        ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"];

    /// <summary>CJK fonts in order of preference, regular and bold file names.</summary>
    private static readonly (string Regular, string? Bold)[] CjkFiles =
    [
        ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
        ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf"),
        ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"),
        ("SourceHanSans-Regular.ttc", "SourceHanSans-Bold.ttc"),
        ("wqy-microhei.ttc", null),
        ("wqy-zenhei.ttc", null),
        ("DroidSansFallbackFull.ttf", null),
        ("ipagp.ttf", null),
    ];

    public static IReadOnlyList<FontFamilyFaces> Discover(IReadOnlyList<string> extraDirectories)
    {
        var families = new List<FontFamilyFaces>();
        foreach (var directory in extraDirectories)
            families.AddRange(FontDirectoryScanner.Families(directory));

        var systemFiles = SystemFontFiles();
        if (DejaVu(systemFiles) is { } dejaVu)
            families.Add(dejaVu);
        if (Cjk(systemFiles) is { } cjk)
            families.Add(cjk);

        if (families.Count == 0)
        {
            throw new InvalidOperationException(
                "No usable font was found: install DejaVu Sans (Debian: fonts-dejavu-core) or pass a font directory.");
        }

        return families;
    }

    private static FontFamilyFaces? DejaVu(IReadOnlyDictionary<string, string> files)
    {
        if (!files.TryGetValue(DejaVuFiles[0], out var regular))
            return null;
        return new FontFamilyFaces("DejaVu Sans", new FontFaceFile(regular, 0),
            Optional(files, DejaVuFiles[1]), Optional(files, DejaVuFiles[2]), Optional(files, DejaVuFiles[3]));
    }

    private static FontFamilyFaces? Cjk(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (regularName, boldName) in CjkFiles)
        {
            if (!files.TryGetValue(regularName, out var regular))
                continue;
            var bold = boldName is null ? null : Optional(files, boldName);
            return new FontFamilyFaces(Path.GetFileNameWithoutExtension(regularName), new FontFaceFile(regular, 0), bold, null, null);
        }

        return null;
    }

    private static FontFaceFile? Optional(IReadOnlyDictionary<string, string> files, string name) =>
        files.TryGetValue(name, out var path) ? new FontFaceFile(path, 0) : null;

    /// <summary>File name (case-insensitive) → first full path, over all system font directories.</summary>
    private static Dictionary<string, string> SystemFontFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var root in SystemFontDirectories().Where(Directory.Exists))
        {
            foreach (var path in FontDirectoryScanner.FontFiles(root))
                files.TryAdd(Path.GetFileName(path), path);
        }

        return files;
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
