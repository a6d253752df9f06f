using System.Security.Cryptography;

namespace Reports.PdfWriter.Content;

/// <summary>
/// An encoded raster image, PNG or JPEG, as its file holds it. The writer passes a JPEG through (DCTDecode)
/// and decodes a PNG into its samples (FlateDecode, alpha as a soft mask); either way at the image's own
/// resolution, in the file's sRGB. The same image placed on many pages is written once.
/// </summary>
public sealed class RasterImage
{
    private RasterImage(byte[] bytes)
    {
        Bytes = bytes;
        Key = Convert.ToHexString(SHA256.HashData(bytes));
    }

    /// <summary>The file's bytes; the writer never changes them.</summary>
    public byte[] Bytes { get; }

    /// <summary>A content hash: two images with the same bytes are one XObject.</summary>
    internal string Key { get; }

    public static RasterImage FromBytes(byte[] bytes) => new(bytes);

    public static RasterImage FromFile(string path) => new(File.ReadAllBytes(path));
}
