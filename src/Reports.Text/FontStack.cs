using System.Collections.Concurrent;
using System.Text;

namespace Reports.Text;

/// <summary>
/// The ordered list of font families text is drawn with: the extra directories (<c>--fonts</c>), the
/// shipped fonts, then (unless they are ignored) the system fonts, which are read only when a character
/// none of the others has is met. A run of one script takes the first family that has all of it (see
/// the tokenizer); a character no family of the run has takes the first family that has it
/// (SkiaSharp's own fallback, <c>MatchCharacter</c>, finds nothing with the NoDependencies native build, so
/// the stack does its own). Stacks are immutable and cached per directory list.
/// </summary>
public sealed class FontStack
{
    private static readonly ConcurrentDictionary<string, FontStack> Cache = new(StringComparer.Ordinal);

    /// <summary>Code points below this are resolved through a table (one entry per variant), the rest through a dictionary.</summary>
    private const int TableSize = 0x3000;

    private readonly IReadOnlyList<FontFamilyFaces> primary;
    private readonly Lazy<IReadOnlyList<FontFamilyFaces>> all;
    private readonly ConcurrentDictionary<(int CodePoint, FontVariant Variant), FaceKey?> resolved = new();
    private readonly ConcurrentDictionary<(int Family, int CodePoint), bool> covered = new();

    /// <summary>
    /// Per variant and code point: 0 = not looked up yet, -1 = no face, else 1 + family × <see cref="FontVariants.Count"/> + variant.
    /// Every character of every text goes through here, so the common ones avoid hashing. Threads may
    /// race to fill an entry; they write the same value.
    /// </summary>
    private readonly int[][] table = [.. Enumerable.Range(0, FontVariants.Count).Select(_ => new int[TableSize])];

    /// <summary>Per family (of the primary ones) and code point below <see cref="TableSize"/>: 0 = not looked up, 1 = covered, -1 = not.</summary>
    private readonly sbyte[][] coverage;

    /// <summary>
    /// Per primary family and variant (family × <see cref="FontVariants.Count"/> + variant), made when first asked,
    /// per code point below <see cref="TableSize"/>: 0 = not looked up, -1 = the family lacks it, else 1 + the
    /// variant that draws it (see <see cref="FaceIn"/>). Threads may race to fill an entry; they write the same value.
    /// </summary>
    private readonly sbyte[]?[] faces;

    private FontStack(IReadOnlyList<FontFamilyFaces> primary, bool ignoreSystemFonts)
    {
        this.primary = primary;
        IgnoresSystemFonts = ignoreSystemFonts;
        all = new(() => ignoreSystemFonts ? primary : [.. primary, .. FontDiscovery.SystemFamilies(primary)], LazyThreadSafetyMode.ExecutionAndPublication);
        coverage = [.. primary.Select(_ => new sbyte[TableSize])];
        faces = new sbyte[]?[primary.Count * FontVariants.Count];
        LatinFamily = Enumerable.Range(0, primary.Count).FirstOrDefault(f => FamilyCovers(f, 'a') && FamilyCovers(f, 'A'));
    }

    /// <summary>Whether the system fonts are left out (<c>--ignore-system-fonts</c>).</summary>
    public bool IgnoresSystemFonts { get; }

    /// <summary>Family names in the order they are tried (the system ones only once they have been read).</summary>
    public IReadOnlyList<string> FamilyNames => [.. Families.Select(f => f.Name)];

    /// <summary>The family text without letters of any script (digits, punctuation) is drawn with: the first with Latin letters.</summary>
    internal int LatinFamily { get; }

    /// <summary>The face line metrics are taken from: the regular face of <see cref="LatinFamily"/>.</summary>
    internal FontFaceFile PrimaryFace => primary[LatinFamily].Regular;

    /// <summary>How many families come before the system fonts.</summary>
    internal int PrimaryCount => primary.Count;

    private IReadOnlyList<FontFamilyFaces> Families => all.IsValueCreated ? all.Value : primary;

    /// <summary>
    /// The stack for these extra font directories (tried first, in order) followed by the shipped fonts and,
    /// unless <paramref name="ignoreSystemFonts"/>, the system fonts. Throws
    /// <see cref="DirectoryNotFoundException"/> for a directory that does not exist.
    /// </summary>
    public static FontStack Create(IReadOnlyList<string> extraFontDirectories, bool ignoreSystemFonts = false) =>
        Create(extraFontDirectories, [], ignoreSystemFonts);

    /// <summary>The stack with <paramref name="families"/> (given as files, a brand's) first, then as <see cref="Create(IReadOnlyList{string}, bool)"/>.</summary>
    public static FontStack Create(IReadOnlyList<string> extraFontDirectories, IReadOnlyList<FontFamilyFiles> families, bool ignoreSystemFonts = false)
    {
        var directories = extraFontDirectories.Select(Path.GetFullPath).ToArray();
        var key = string.Join('\n', directories) + "\n\n" + string.Join('\n', families) + (ignoreSystemFonts ? "\n-system" : "");
        return Cache.GetOrAdd(key, _ => new FontStack([.. families.Select(Family), .. FontDiscovery.Discover(directories)], ignoreSystemFonts));
    }

    private static FontFamilyFaces Family(FontFamilyFiles files)
    {
        static FontFaceFile? Face(string? path) => path is null ? null : new FontFaceFile(Path.GetFullPath(path), 0);
        return new FontFamilyFaces(files.Name, Face(files.Regular)!, Face(files.Bold), Face(files.Italic), Face(files.BoldItalic), Face(files.Heading), Face(files.HeadingItalic));
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
            entry = Search(codePoint, variant) is { } found ? 1 + (found.Family * FontVariants.Count) + (int)found.Variant : -1;
            entries[codePoint] = entry;
        }

        return entry < 0 ? null : new FaceKey((entry - 1) / FontVariants.Count, (FontVariant)((entry - 1) % FontVariants.Count));
    }

    /// <summary>
    /// The face of a family that draws the code point in the wanted variant (or the nearest one it has); null when
    /// the family lacks it. Asked for every character laid out, so a primary family's answers below
    /// <see cref="TableSize"/> are remembered (<see cref="faces"/>).
    /// </summary>
    internal FaceKey? FaceIn(int family, int codePoint, FontVariant variant)
    {
        if (family >= primary.Count || (uint)codePoint >= TableSize)
            return VariantIn(family, codePoint, variant) is { } found ? new FaceKey(family, found) : null;
        var known = faces[(family * FontVariants.Count) + (int)variant] ??= new sbyte[TableSize];
        var entry = known[codePoint];
        if (entry == 0)
            known[codePoint] = entry = VariantIn(family, codePoint, variant) is { } found ? (sbyte)(1 + (int)found) : (sbyte)-1;
        return entry < 0 ? null : new FaceKey(family, (FontVariant)(entry - 1));
    }

    private FontVariant? VariantIn(int family, int codePoint, FontVariant variant) =>
        Families[family].VariantCovering(CodePoints.IsSpace(codePoint) ? ' ' : codePoint, variant);

    public FontFaceFile Face(FaceKey key) =>
        Families[key.Family].Face(key.Variant) ?? throw new InvalidOperationException($"Font stack has no face {key}.");

    /// <summary>Whether a family is one of the shipped fonts.</summary>
    internal bool IsShipped(int family) => Families[family].IsShipped;

    /// <summary>The first family whose regular face has every code point of the text, if any.</summary>
    public int? FamilyCoveringAll(string text)
    {
        for (var family = 0; family < primary.Count; family++)
        {
            if (text.EnumerateRunes().All(r => FamilyCovers(family, r.Value)))
                return family;
        }

        if (IgnoresSystemFonts || !text.EnumerateRunes().All(r => CanDraw(r.Value)))
            return null;
        for (var family = primary.Count; family < all.Value.Count; family++)
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
    public int FamilyCoveringMost(IReadOnlyCollection<int> codePoints) =>
        Enumerable.Range(0, Families.Count).MaxBy(f => codePoints.Count(cp => FamilyCovers(f, cp)));

    /// <summary>Whether one family's regular face draws the code point (or it needs no glyph).</summary>
    public bool FamilyCovers(int family, int codePoint)
    {
        if (family < coverage.Length && (uint)codePoint < TableSize)
        {
            var known = coverage[family][codePoint];
            if (known == 0)
            {
                known = Covers(Families[family].Regular, codePoint) ? (sbyte)1 : (sbyte)-1;
                coverage[family][codePoint] = known;
            }

            return known > 0;
        }

        return covered.GetOrAdd((family, codePoint), key => Covers(Families[key.Family].Regular, key.CodePoint));
    }

    public string FamilyName(int family) => Families[family].Name;

    /// <summary>A one-line description for logs and errors: "Noto Sans, Noto Sans Arabic, …, and 212 installed families".</summary>
    public override string ToString()
    {
        var text = new StringBuilder().AppendJoin(", ", primary.Select(f => f.Name));
        var installed = Families.Count - primary.Count;
        return (installed > 0 ? text.Append($", and {installed} installed famil{(installed == 1 ? "y" : "ies")}") : text).ToString();
    }

    private static bool Covers(FontFaceFile face, int codePoint) =>
        CodePoints.IsInvisible(codePoint) || face.Covers(codePoint) || (CodePoints.IsSpace(codePoint) && face.Covers(' '));

    private FaceKey? Search(int codePoint, FontVariant variant)
    {
        for (var family = 0; family < primary.Count; family++)
        {
            if (primary[family].VariantCovering(codePoint, variant) is { } found)
                return new FaceKey(family, found);
        }

        if (IgnoresSystemFonts)
            return null;
        var families = all.Value;
        for (var family = primary.Count; family < families.Count; family++)
        {
            if (families[family].VariantCovering(codePoint, variant) is { } found)
                return new FaceKey(family, found);
        }

        return null;
    }
}
