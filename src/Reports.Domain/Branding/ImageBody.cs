using System.Buffers.Binary;
using System.IO.Compression;

namespace Reports.Domain.Branding;

/// <summary>
/// Whether a raster logo's body is whole, checked when the brand is read, so a damaged file is a located
/// problem of the brand file and not a failure while the PDF is written. A PNG's chunks must be complete with
/// their CRCs, its image data (IDAT) must inflate to exactly the rows its header promises, and it must end
/// (IEND); a JPEG's markers must run, through its scans, to its end-of-image marker (EOI) after a frame and a
/// scan. That is not a full JPEG decode: garbled entropy-coded data between intact markers is not seen.
/// </summary>
internal static class ImageBody
{
    static readonly uint[] CrcTable = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    })];

    /// <summary>Null when the PNG (signature and IHDR already read) is whole; else what is wrong with it.</summary>
    public static string? PngProblem(byte[] b)
    {
        using var idat = new MemoryStream();
        for (var i = 8; ;)
        {
            if (i + 12 > b.Length)
                return "the PNG is cut short: it ends before its last chunk (IEND)";
            var length = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(i));
            var type = System.Text.Encoding.ASCII.GetString(b, i + 4, 4);
            if (length > int.MaxValue || i + 12 + (long)length > b.Length)
                return $"the PNG is cut short inside its {type} chunk";
            var crc = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(i + 8 + (int)length));
            if (Crc(b.AsSpan(i + 4, 4 + (int)length)) != crc)
                return $"the PNG's {type} chunk is damaged (its CRC does not match)";
            if (type == "IDAT")
                idat.Write(b, i + 8, (int)length);
            if (type == "IEND")
                break;
            i += 12 + (int)length;
        }

        return Inflated(idat.ToArray(), ExpectedBytes(b));
    }

    /// <summary>Null when the JPEG's markers (after SOI) run to its EOI; else what is wrong with it.</summary>
    public static string? JpegProblem(byte[] b)
    {
        var (frame, scan) = (false, false);
        for (var i = 2; i < b.Length;)
        {
            if (b[i] != 0xFF)
                return $"the JPEG is damaged: a marker was expected at byte {i}";
            while (i + 1 < b.Length && b[i + 1] == 0xFF)
                i++;
            if (i + 1 >= b.Length)
                break;
            var marker = b[i + 1];
            if (marker == 0xD9)
                return frame && scan ? null : "the JPEG ends (EOI) before any frame or scan";
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            if (i + 4 > b.Length || i + 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2)) > b.Length)
                break;
            frame |= marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker == 0xDA)
            {
                scan = true;
                i = AfterScan(b, i);
            }
        }

        return "the JPEG is cut short: it ends before its end-of-image marker (EOI)";
    }

    /// <summary>The index of the marker that ends the entropy-coded data from <paramref name="i"/> (stuffed 0xFF00 and restarts are data).</summary>
    static int AfterScan(byte[] b, int i)
    {
        while (i + 1 < b.Length && !(b[i] == 0xFF && b[i + 1] != 0 && b[i + 1] is not (>= 0xD0 and <= 0xD7)))
            i++;
        return i + 1 < b.Length ? i : b.Length;
    }

    /// <summary>Null when the zlib stream inflates to exactly <paramref name="expected"/> bytes.</summary>
    static string? Inflated(byte[] data, long expected)
    {
        if (data.Length == 0)
            return "the PNG has no image data (IDAT)";
        long total = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            var buffer = new byte[81920];
            for (int read; (read = zlib.Read(buffer)) > 0 && total <= expected;)
                total += read;
        }
        catch (InvalidDataException e)
        {
            return $"the PNG's image data (IDAT) is damaged: {e.Message}";
        }

        return total == expected ? null
            : total < expected ? $"the PNG's image data (IDAT) is cut short: {total} of its {expected} bytes"
            : $"the PNG's image data (IDAT) is longer than its {expected} bytes";
    }

    /// <summary>The filtered image's size from IHDR: a filter byte and the packed samples of each row, of each Adam7 pass when interlaced.</summary>
    static long ExpectedBytes(byte[] b)
    {
        long width = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), height = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20));
        var channels = b[25] switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        var bits = channels * b[24];
        long Rows(long w, long h) => w == 0 || h == 0 ? 0 : h * (1 + (((w * bits) + 7) / 8));
        if (b[28] == 0)
            return Rows(width, height);
        (int X, int Y, int Dx, int Dy)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        return passes.Sum(p => Rows((width - p.X + p.Dx - 1) / p.Dx, (height - p.Y + p.Dy - 1) / p.Dy));
    }

    static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var x in bytes)
            c = CrcTable[(c ^ x) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
