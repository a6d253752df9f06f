using Reports.Domain.Branding;
using Reports.Text;

namespace Reports.Brief.Branding;

/// <summary>
/// The brand's font files as families for the font stack, tried before every other font. Body text takes the
/// <c>base</c> family's regular, italic, bold and bold italic faces (bold the weight nearest 700). Headings have
/// faces of their own (<see cref="FontVariant.Heading"/>), so body text's bold words never take them: of the
/// <c>headings</c> family when the brand names one with files, the file nearest the heading weight as given,
/// whatever it is (a family of regular files only, a weight of 400 or 600, is used as given); of the base family,
/// its bold nearest a heading weight other than the bold one. Characters the brand's fonts lack fall back to the
/// usual fonts (a heading to their bold).
/// </summary>
internal static class BrandFonts
{
    const int Bold = 700;

    public static IReadOnlyList<FontFamilyFiles> For(BrandTypography typography)
    {
        var byFamily = typography.Files.GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        if (byFamily.Count == 0)
            return [];
        var baseName = new[] { typography.BaseFamily, typography.HeadingsFamily }.FirstOrDefault(f => f is not null && byFamily.ContainsKey(f)) ?? byFamily.Keys.First();
        var body = byFamily[baseName];
        var headings = OwnHeadings(typography, byFamily, baseName) ?? body;
        var weight = typography.HeadingsWeight ?? Bold;
        var own = headings != body;
        var (bold, boldItalic) = (Pick(body, bold: true, italic: false), Pick(body, bold: true, italic: true));
        var (heading, headingItalic) = own
            ? (Nearest(headings, weight, italic: false), Nearest(headings, weight, italic: true) ?? Nearest(headings, weight, italic: false))
            : (Pick(body, bold: true, italic: false, weight), Pick(body, bold: true, italic: true, weight));
        var main = new FontFamilyFiles(baseName, Pick(body, bold: false, italic: false) ?? body[0].Path, bold, Pick(body, bold: false, italic: true), boldItalic)
        {
            Heading = own || (weight >= 600 && heading != bold) ? heading : null,
            HeadingItalic = own || (weight >= 600 && heading != bold) ? headingItalic : null,
        };
        var others = byFamily.Where(f => !string.Equals(f.Key, baseName, StringComparison.OrdinalIgnoreCase) && f.Value != headings)
            .Select(f => new FontFamilyFiles(f.Key, Pick(f.Value, false, false) ?? f.Value[0].Path, Pick(f.Value, true, false), Pick(f.Value, false, true), Pick(f.Value, true, true)));
        return [main, .. others];
    }

    /// <summary>
    /// Whether headings are set in the bold slot: always when the brand's headings family is its own (its face
    /// there is the one of the weight given), else when the weight is 600 or more (the built-in look: bold).
    /// </summary>
    public static bool? HeadingsInBoldSlot(BrandTypography typography)
    {
        var byFamily = typography.Files.GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var baseName = new[] { typography.BaseFamily, typography.HeadingsFamily }.FirstOrDefault(f => f is not null && byFamily.ContainsKey(f)) ?? byFamily.Keys.FirstOrDefault();
        return baseName is not null && OwnHeadings(typography, byFamily, baseName) is not null ? true : typography.HeadingsBold;
    }

    /// <summary>The headings family's files when the brand names one with files that is not the base family.</summary>
    static List<BrandFontFile>? OwnHeadings(BrandTypography typography, Dictionary<string, List<BrandFontFile>> byFamily, string baseName) =>
        typography.HeadingsFamily is { } h && !string.Equals(h, baseName, StringComparison.OrdinalIgnoreCase) && byFamily.TryGetValue(h, out var faces) ? faces : null;

    /// <summary>The face of that kind whose weight is nearest <paramref name="weight"/> (400 regular, else 700 bold).</summary>
    static string? Pick(IReadOnlyList<BrandFontFile> files, bool bold, bool italic, int? weight = null) =>
        files.Where(f => (f.Weight >= 600) == bold && f.Italic == italic).OrderBy(f => Math.Abs(f.Weight - (weight ?? (bold ? Bold : 400)))).Select(f => f.Path).FirstOrDefault();

    /// <summary>The face of any weight nearest <paramref name="weight"/>, the heavier of two as near.</summary>
    static string? Nearest(IReadOnlyList<BrandFontFile> files, int weight, bool italic) =>
        files.Where(f => f.Italic == italic).OrderBy(f => Math.Abs(f.Weight - weight)).ThenByDescending(f => f.Weight).Select(f => f.Path).FirstOrDefault();
}
