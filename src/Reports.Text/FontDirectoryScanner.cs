using HarfBuzzSharp;
using SkiaSharp;

namespace Reports.Text;

/// <summary>
/// Reads a user font directory into families: faces are grouped by family name, bold means weight
/// 600 or more, italic any slant. Families are ordered by name so the stack is the same on every run.
/// </summary>
internal static class FontDirectoryScanner
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    public static IEnumerable<string> FontFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    public static IReadOnlyList<FontFamilyFaces> Families(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Font directory '{directory}' does not exist.");

        return FamiliesOf(FontFiles(directory));
    }

    /// <summary>The families of these font files, ordered by family name.</summary>
    public static IReadOnlyList<FontFamilyFaces> FamiliesOf(IEnumerable<string> files)
    {
        return [.. files
            .SelectMany(Describe)
            .GroupBy(face => face.Family, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => ToFamily(group.Key, [.. group]))];
    }

    private static IEnumerable<FaceInfo> Describe(string path)
    {
        int faceCount;
        using (var blob = Blob.FromFile(path))
            faceCount = Math.Max(1, blob.FaceCount);

        for (var index = 0; index < faceCount; index++)
        {
            using var typeface = SKTypeface.FromFile(path, index);
            if (typeface is null)
                continue;
            var italic = typeface.FontStyle.Slant != SKFontStyleSlant.Upright;
            yield return new FaceInfo(typeface.FamilyName, typeface.FontWeight, italic, new FontFaceFile(path, index));
        }
    }

    private static FontFamilyFaces ToFamily(string name, IReadOnlyList<FaceInfo> faces)
    {
        var regular = Pick(faces, bold: false, italic: false) ?? faces.OrderBy(f => Math.Abs(f.Weight - 400)).First().File;
        return new FontFamilyFaces(name, regular,
            Pick(faces, bold: true, italic: false),
            Pick(faces, bold: false, italic: true),
            Pick(faces, bold: true, italic: true));
    }

    /// <summary>The face of that variant whose weight is nearest the normal (400) or bold (700) weight.</summary>
    private static FontFaceFile? Pick(IReadOnlyList<FaceInfo> faces, bool bold, bool italic)
    {
        var target = bold ? 700 : 400;
        return faces
            .Where(f => (f.Weight >= 600) == bold && f.Italic == italic)
            .OrderBy(f => Math.Abs(f.Weight - target))
            .Select(f => f.File)
            .FirstOrDefault();
    }

    private sealed record FaceInfo(string Family, int Weight, bool Italic, FontFaceFile File);
}
