using Reports.Domain.Branding;
using Reports.Text;

namespace Reports.Brief.Branding;

/// <summary>
/// The brand's font files as families for the font stack, tried before every other font. Body text takes the
/// <c>base</c> family's regular and italic faces; bold text, which is what headings are set in, takes the
/// <c>headings</c> family's faces when the brand names one with files (else the base family's bold).
/// Characters the brand's fonts lack fall back to the usual fonts.
/// </summary>
internal static class BrandFonts
{
    public static IReadOnlyList<FontFamilyFiles> For(BrandTypography typography)
    {
        var byFamily = typography.Files.GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        if (byFamily.Count == 0)
            return [];
        var baseName = new[] { typography.BaseFamily, typography.HeadingsFamily }.FirstOrDefault(f => f is not null && byFamily.ContainsKey(f)) ?? byFamily.Keys.First();
        var body = byFamily[baseName];
        var headings = typography.HeadingsFamily is { } h && byFamily.TryGetValue(h, out var faces) ? faces : body;
        var main = new FontFamilyFiles(
            baseName,
            Pick(body, bold: false, italic: false) ?? body[0].Path,
            Pick(headings, bold: true, italic: false) ?? (headings == body ? null : Pick(headings, bold: false, italic: false)),
            Pick(body, bold: false, italic: true),
            Pick(headings, bold: true, italic: true));
        var others = byFamily.Where(f => !string.Equals(f.Key, baseName, StringComparison.OrdinalIgnoreCase) && f.Value != headings)
            .Select(f => new FontFamilyFiles(f.Key, Pick(f.Value, false, false) ?? f.Value[0].Path, Pick(f.Value, true, false), Pick(f.Value, false, true), Pick(f.Value, true, true)));
        return [main, .. others];
    }

    /// <summary>The face of that kind whose weight is nearest 400 (regular) or 700 (bold).</summary>
    static string? Pick(IReadOnlyList<BrandFontFile> files, bool bold, bool italic) =>
        files.Where(f => (f.Weight >= 600) == bold && f.Italic == italic).OrderBy(f => Math.Abs(f.Weight - (bold ? 700 : 400))).Select(f => f.Path).FirstOrDefault();
}
