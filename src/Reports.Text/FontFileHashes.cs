using System.Collections.Concurrent;
using System.Security.Cryptography;
using Reports.Shared;

namespace Reports.Text;

/// <summary>The fonts a document was drawn with, as the manifest records them; each file is hashed once per process.</summary>
public static class FontFileHashes
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Hashes = new(StringComparer.Ordinal);

    /// <summary>The font files of faces given by file and index in a collection.</summary>
    public static IReadOnlyList<UsedFont> Of(IEnumerable<(string Path, int Index)> faces) =>
        [.. faces.Distinct().Select(Describe).OrderBy(f => f.File, StringComparer.Ordinal)];

    /// <summary>
    /// Starts hashing a font file on the thread pool, once per file: a renderer calls it when it first draws with
    /// a face, so the list at the end of the document finds the hash made (the shipped CJK face is 7 MB, a few
    /// milliseconds of SHA-256 that were the last thing the PDF stage waited for). A file that cannot be read
    /// fails <see cref="Of"/>, as it did when the hash was made there.
    /// </summary>
    public static void Prefetch(string path) => _ = Hashes.GetOrAdd(path, p => new Lazy<Task<string>>(() => Task.Run(() => Hash(p)))).Value;

    private static UsedFont Describe((string Path, int Index) face)
    {
        var shipped = Path.GetDirectoryName(face.Path) == ShippedFonts.Directory.TrimEnd(Path.DirectorySeparatorChar);
        var name = shipped ? "fonts/" + Path.GetFileName(face.Path) : face.Path;
        if (face.Index != 0)
            name += $"#{face.Index}";
        var hash = Hashes.GetOrAdd(face.Path, p => new Lazy<Task<string>>(() => Task.FromResult(Hash(p))));
        try
        {
            return new UsedFont(name, hash.Value.GetAwaiter().GetResult());
        }
        catch
        {
            Hashes.TryRemove(face.Path, out _); // a file unreadable now may be read by a later run in this process
            throw;
        }
    }

    private static string Hash(string path)
    {
        return Convert.ToHexStringLower(SHA256.HashData(MappedFile.Open(path).Span));
    }
}
