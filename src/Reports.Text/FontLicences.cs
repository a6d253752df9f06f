using HarfBuzzSharp;

namespace Reports.Text;

/// <summary>
/// The embedding permission of the faces in a font folder (OS/2 fsType). A PDF embeds every face it draws
/// with, so a face whose licence forbids that is found when the folder is given (<c>--fonts</c>), before
/// any work, not when the brief is written. Read through HarfBuzz, which checks no table checksum.
/// </summary>
public static class FontLicences
{
    /// <summary>The faces of the folder's fonts (as <see cref="FontDirectoryScanner"/> finds them) whose licence forbids embedding.</summary>
    public static IReadOnlyList<RestrictedFont> RestrictedIn(string directory) =>
        [.. FontDirectoryScanner.FontFiles(directory).SelectMany(Restricted)];

    /// <summary>
    /// Embedding is forbidden when the permission sub-field (bits 0–3) is exactly 2, restricted licence (the
    /// OpenType specification lets the least restrictive of several bits win), or bit 9 allows bitmaps only;
    /// the PDF writer applies the same rule.
    /// </summary>
    public static bool Forbids(ushort fsType) => (fsType & 0xF) == 2 || (fsType & 0x200) != 0;

    private static IEnumerable<RestrictedFont> Restricted(string path)
    {
        using var blob = Blob.FromFile(path);
        for (var index = 0; index < Math.Max(1, blob.FaceCount); index++)
        {
            if (FsType(blob, index) is { } fsType && Forbids(fsType))
                yield return new RestrictedFont(path, index, fsType);
        }
    }

    /// <summary>The face's OS/2 fsType; null when it has no OS/2 table (then nothing forbids embedding).</summary>
    private static ushort? FsType(Blob blob, int index)
    {
        using var face = new Face(blob, index);
        using var os2 = face.ReferenceTable(Tag.Parse("OS/2"));
        if (os2.Length < 10)
            return null;
        var bytes = os2.AsSpan();
        return (ushort)((bytes[8] << 8) | bytes[9]);
    }
}
