using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Reports.Text;

/// <summary>The fonts a document was drawn with, as the manifest records them; each file is hashed once per process.</summary>
public static class FontFileHashes
{
    private static readonly ConcurrentDictionary<string, string> Hashes = new(StringComparer.Ordinal);

    /// <summary>The font files of faces given by file and index in a collection.</summary>
    public static IReadOnlyList<UsedFont> Of(IEnumerable<(string Path, int Index)> faces) =>
        [.. faces.Distinct().Select(Describe).OrderBy(f => f.File, StringComparer.Ordinal)];

    private static UsedFont Describe((string Path, int Index) face)
    {
        var shipped = Path.GetDirectoryName(face.Path) == ShippedFonts.Directory.TrimEnd(Path.DirectorySeparatorChar);
        var name = shipped ? "fonts/" + Path.GetFileName(face.Path) : face.Path;
        if (face.Index != 0)
            name += $"#{face.Index}";
        return new UsedFont(name, Hashes.GetOrAdd(face.Path, Hash));
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
