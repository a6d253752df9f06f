using System.Buffers.Binary;
using System.IO.Compression;

namespace Reports.PdfWriter.Tests;

/// <summary>Small PNG files made in the test from literal pixels (filter 0 per row, one IDAT), so every sample is known.</summary>
internal static class Pngs
{
    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> pixels of colour type <paramref name="type"/> (2 RGB, 6 RGBA) from samples row by row.</summary>
    public static byte[] Make(int width, int height, byte type, byte[] samples, byte interlace = 0)
    {
        var perPixel = type == 6 ? 4 : 3;
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            raw.Write(samples, y * width * perPixel, width * perPixel);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(raw.ToArray());
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = type;
        header[12] = interlace;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    static void Chunk(Stream png, string kind, byte[] body)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, body.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(kind).Concat(body).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}
