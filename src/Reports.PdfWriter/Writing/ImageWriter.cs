using System.Buffers.Binary;
using Reports.PdfWriter.Content;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Writes a raster image as an Image XObject, once per document however often it is placed: a JPEG's bytes as
/// they are (DCTDecode), a PNG decoded to 8-bit samples (FlateDecode) with its alpha as a soft mask. Colours
/// are DeviceRGB or DeviceGray, which the document's sRGB output intent defines.
/// </summary>
internal static class ImageWriter
{
    public static int Write(DocumentState document, RasterImage image)
    {
        if (document.Images.TryGetValue(image.Key, out var written))
            return written;
        var bytes = image.Bytes;
        var number = PngDecoder.IsPng(bytes) ? Png(document, PngDecoder.Decode(bytes))
            : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? Jpeg(document, bytes)
            : throw new ArgumentException("An image must be a PNG or a JPEG; this one is neither (an SVG logo goes through the SVG reader as a form).");
        document.Images[image.Key] = number;
        return number;
    }

    private static int Png(DocumentState document, PngDecoder.Decoded png)
    {
        int? mask = null;
        if (png.Alpha is { } alpha)
        {
            mask = document.Output.Reserve();
            document.Output.WriteStream(mask.Value, Dictionary(document, png.Width, png.Height, "/DeviceGray"), alpha);
        }

        var number = document.Output.Reserve();
        var dictionary = Dictionary(document, png.Width, png.Height, png.Channels == 3 ? "/DeviceRGB" : "/DeviceGray");
        if (mask is { } m)
            dictionary.Raw(" /SMask ").Ref(m);
        document.Output.WriteStream(number, dictionary, png.Samples);
        return number;
    }

    private static int Jpeg(DocumentState document, byte[] jpeg)
    {
        var (width, height, components) = JpegFrame(jpeg);
        var space = components switch
        {
            1 => "/DeviceGray",
            3 => "/DeviceRGB",
            _ => throw new ArgumentException($"The JPEG has {components} colour components; use an RGB or gray JPEG (a CMYK one would print in other colours)."),
        };
        var number = document.Output.Reserve();
        document.Output.WriteStream(number, Dictionary(document, width, height, space).Raw(" /Filter /DCTDecode"), jpeg, compress: false);
        return number;
    }

    private static PdfBuffer Dictionary(DocumentState document, int width, int height, string space) =>
        new PdfBuffer().Raw("/Type /XObject /Subtype /Image /Width ").Int(width).Raw(" /Height ").Int(height)
            .Raw(" /ColorSpace ").Raw(space).Raw(" /BitsPerComponent 8");

    /// <summary>Size and component count from the JPEG's start-of-frame marker.</summary>
    private static (int Width, int Height, int Components) JpegFrame(byte[] b)
    {
        for (var i = 2; i + 9 < b.Length && b[i] == 0xFF;)
        {
            var marker = b[i + 1];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)), b[i + 9]);
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
        }

        throw new ArgumentException("The JPEG has no frame header; the file is damaged or not a JPEG.");
    }
}
