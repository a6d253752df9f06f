using System.Buffers.Binary;
using System.IO.Compression;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Decodes a non-interlaced PNG (any colour type, bit depths 1–16) into 8-bit samples: gray or RGB, plus an
/// alpha channel when the image has one (an alpha channel, or transparency in the palette). Inflating is .NET's
/// zlib; the five row filters are undone here.
/// </summary>
internal static class PngDecoder
{
    public sealed record Decoded(int Width, int Height, int Channels, byte[] Samples, byte[]? Alpha);

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    public static Decoded Decode(byte[] png)
    {
        var (header, palette, transparency, data) = Chunks(png);
        var width = BinaryPrimitives.ReadInt32BigEndian(header);
        var height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        int depth = header[8], type = header[9];
        if (header[12] != 0)
            throw new ArgumentException("The PNG is interlaced; save it without interlacing (Adam7 is not read).");
        var perPixel = type switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new ArgumentException($"The PNG has colour type {type}, which PNG does not define.") };
        var raw = Unfilter(Inflate(data), width, height, perPixel, depth);
        return Expand(raw, width, height, type, depth, palette, transparency);
    }

    private static (byte[] Header, byte[]? Palette, byte[]? Transparency, byte[] Data) Chunks(byte[] png)
    {
        byte[]? header = null, palette = null, transparency = null;
        using var data = new MemoryStream();
        for (var at = Signature.Length; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var kind = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (length < 0 || at + 12 + length > png.Length)
                throw new ArgumentException($"The PNG's {kind} chunk runs past the end of the file; the file is cut short or damaged.");
            var body = png.AsSpan(at + 8, length);
            switch (kind)
            {
                case "IHDR": header = body.ToArray(); break;
                case "PLTE": palette = body.ToArray(); break;
                case "tRNS": transparency = body.ToArray(); break;
                case "IDAT": data.Write(body); break;
            }

            if (kind == "IEND")
                break;
            at += 12 + length;
        }

        return (header ?? throw new ArgumentException("The PNG has no IHDR chunk."), palette, transparency, data.ToArray());
    }

    private static byte[] Inflate(byte[] data)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        return inflated.ToArray();
    }

    /// <summary>Undoes the per-row filters; returns rows of packed samples without the filter bytes.</summary>
    private static byte[] Unfilter(byte[] data, int width, int height, int perPixel, int depth)
    {
        var stride = ((width * perPixel * depth) + 7) / 8;
        var bpp = Math.Max(1, perPixel * depth / 8);
        if (data.Length < height * (stride + 1))
            throw new ArgumentException("The PNG's image data is shorter than its size says; the file is damaged.");
        var rows = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var src = data.AsSpan((y * (stride + 1)) + 1, stride);
            var row = rows.AsSpan(y * stride, stride);
            var up = y == 0 ? new byte[stride] : rows.AsSpan((y - 1) * stride, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = up[i], c = i >= bpp ? up[i - bpp] : 0;
                row[i] = (byte)(src[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new ArgumentException($"The PNG uses row filter {filter}, which PNG does not define."),
                });
            }
        }

        return rows;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static Decoded Expand(byte[] rows, int width, int height, int type, int depth, byte[]? palette, byte[]? transparency)
    {
        var perPixel = type switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var stride = ((width * perPixel * depth) + 7) / 8;
        var colour = type is 2 or 3 or 6 ? 3 : 1;
        var samples = new byte[width * height * colour];
        var alpha = new byte[width * height];
        var hasAlpha = type is 4 or 6 || (type == 3 && transparency is not null);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                int Sample(int channel) => Read(rows, (y * stride * 8) + (((x * perPixel) + channel) * depth), depth);
                var pixel = (y * width) + x;
                if (type == 3)
                {
                    var index = Sample(0);
                    if (palette is null || (index * 3) + 2 >= palette.Length)
                        throw new ArgumentException("The PNG's pixels name a palette entry it does not have.");
                    palette.AsSpan(index * 3, 3).CopyTo(samples.AsSpan(pixel * 3));
                    alpha[pixel] = transparency is not null && index < transparency.Length ? transparency[index] : (byte)255;
                    continue;
                }

                for (var ch = 0; ch < colour; ch++)
                    samples[(pixel * colour) + ch] = Scale(Sample(ch), depth);
                alpha[pixel] = type is 4 or 6 ? Scale(Sample(colour), depth) : (byte)255;
            }
        }

        return new Decoded(width, height, colour, samples, hasAlpha && alpha.Any(a => a != 255) ? alpha : null);
    }

    /// <summary>The sample of <paramref name="depth"/> bits starting at bit <paramref name="bit"/> of the rows (16-bit samples give their high byte's worth).</summary>
    private static int Read(byte[] rows, int bit, int depth) => depth switch
    {
        8 => rows[bit / 8],
        16 => rows[bit / 8],
        _ => (rows[bit / 8] >> (8 - depth - (bit % 8))) & ((1 << depth) - 1),
    };

    private static byte Scale(int value, int depth) => depth switch
    {
        8 or 16 => (byte)value,
        _ => (byte)(value * 255 / ((1 << depth) - 1)),
    };
}
