using System.Collections.Concurrent;
using System.Text;

namespace Reports.Layout.Text;

/// <summary>
/// The ordered list of font families text is drawn with. Each character takes the first family that
/// has a glyph for it (SkiaSharp's own fallback, <c>MatchCharacter</c>, finds nothing with the
/// NoDependencies native build, so the stack does its own). Order: the extra directories, then DejaVu
/// Sans, then an installed CJK font. Stacks are immutable and cached per directory list.
/// </summary>
public sealed class FontStack
{
    private static readonly ConcurrentDictionary<string, FontStack> Cache = new(StringComparer.Ordinal);

    /// <summary>Code points below this are resolved through a table (one entry per variant), the rest through a dictionary.</summary>
    private const int TableSize = 0x3000;

    private readonly IReadOnlyList<FontFamilyFaces> families;
    private readonly ConcurrentDictionary<(int CodePoint, FontVariant Variant), FaceKey?> resolved = new();

    /// <summary>
    /// Per variant and code point: 0 = not looked up yet, -1 = no face, else 1 + family × 4 + variant.
    /// Every character of every text goes through here, so the common ones avoid hashing. Threads may
    /// race to fill an entry; they write the same value.
    /// </summary>
    private readonly int[][] table = [new int[TableSize], new int[TableSize], new int[TableSize], new int[TableSize]];

    private FontStack(IReadOnlyList<FontFamilyFaces> families)
    {
        this.families = families;
    }

    /// <summary>Family names in the order they are tried.</summary>
    public IReadOnlyList<string> FamilyNames => [.. families.Select(f => f.Name)];

    internal FontFaceFile PrimaryFace => families[0].Regular;

    /// <summary>
    /// The stack for these extra font directories (tried first, in order) followed by the system fonts.
    /// Throws <see cref="DirectoryNotFoundException"/> for a directory that does not exist.
    /// </summary>
    public static FontStack Create(IReadOnlyList<string> extraFontDirectories) => Create(extraFontDirectories, []);

    /// <summary>The stack with <paramref name="families"/> (given as files, a brand's) first, then as <see cref="Create(IReadOnlyList{string})"/>.</summary>
    public static FontStack Create(IReadOnlyList<string> extraFontDirectories, IReadOnlyList<FontFamilyFiles> families)
    {
        var directories = extraFontDirectories.Select(Path.GetFullPath).ToArray();
        var key = string.Join('\n', directories) + "\n\n" + string.Join('\n', families);
        return Cache.GetOrAdd(key, _ => new FontStack([.. families.Select(Family), .. FontDiscovery.Discover(directories)]));
    }

    private static FontFamilyFaces Family(FontFamilyFiles files)
    {
        static FontFaceFile? Face(string? path) => path is null ? null : new FontFaceFile(Path.GetFullPath(path), 0);
        return new FontFamilyFaces(files.Name, Face(files.Regular)!, Face(files.Bold), Face(files.Italic), Face(files.BoldItalic));
    }

    /// <summary>True when some font draws the code point, or when it needs no glyph at all.</summary>
    public bool CanDraw(int codePoint) =>
        CodePoints.IsInvisible(codePoint)
        || Resolve(codePoint, FontVariant.Regular) is not null
        || (CodePoints.IsSpace(codePoint) && Resolve(' ', FontVariant.Regular) is not null);

    /// <summary>The face that draws the code point in the wanted variant, or null when none can.</summary>
    internal FaceKey? Resolve(int codePoint, FontVariant variant)
    {
        if ((uint)codePoint >= TableSize)
            return resolved.GetOrAdd((codePoint, variant), key => Search(key.CodePoint, key.Variant));
        var entries = table[(int)variant];
        var entry = entries[codePoint];
        if (entry == 0)
        {
            entry = Search(codePoint, variant) is { } found ? 1 + (found.Family * 4) + (int)found.Variant : -1;
            entries[codePoint] = entry;
        }

        return entry < 0 ? null : new FaceKey((entry - 1) / 4, (FontVariant)((entry - 1) % 4));
    }

    internal FontFaceFile Face(FaceKey key) =>
        families[key.Family].Face(key.Variant) ?? throw new InvalidOperationException($"Font stack has no face {key}.");

    /// <summary>The first family whose regular face has every code point of the text, if any.</summary>
    internal int? FamilyCoveringAll(string text)
    {
        for (var family = 0; family < families.Count; family++)
        {
            if (text.EnumerateRunes().All(r => FamilyCovers(family, r.Value)))
                return family;
        }

        return null;
    }

    /// <summary>
    /// The family whose regular face draws the most of these code points (the first of equals): the one
    /// a text drawn with a single font would take when no family draws it all.
    /// </summary>
    internal int FamilyCoveringMost(IReadOnlyCollection<int> codePoints) =>
        Enumerable.Range(0, families.Count).MaxBy(f => codePoints.Count(cp => FamilyCovers(f, cp)));

    /// <summary>Whether one family's regular face draws the code point (or it needs no glyph).</summary>
    internal bool FamilyCovers(int family, int codePoint)
    {
        var face = families[family].Regular;
        return CodePoints.IsInvisible(codePoint) || face.Covers(codePoint) || (CodePoints.IsSpace(codePoint) && face.Covers(' '));
    }

    internal string FamilyName(int family) => families[family].Name;

    /// <summary>A one-line description for logs: "DejaVu Sans, NotoSansCJK-Regular".</summary>
    public override string ToString() => new StringBuilder().AppendJoin(", ", FamilyNames).ToString();

    private FaceKey? Search(int codePoint, FontVariant variant)
    {
        for (var family = 0; family < families.Count; family++)
        {
            if (families[family].VariantCovering(codePoint, variant) is { } found)
                return new FaceKey(family, found);
        }

        return null;
    }
}
