using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace Reports.Domain.Branding;

/// <summary>
/// What kind of image a file is and its natural size, from its first bytes (PNG's IHDR, JPEG's start-of-frame,
/// an SVG root's width/height or viewBox), and for a PNG or JPEG whether its body is whole (<see cref="ImageBody"/>).
/// </summary>
internal static class ImageHeader
{
    public sealed record Info(ImageFormat Format, double Width, double Height);

    static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (Info? Info, string? Problem) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }

        if (bytes.AsSpan().StartsWith(PngSignature))
            return Png(bytes);
        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8)
            return Jpeg(bytes);
        return Svg(bytes);
    }

    static (Info?, string?) Png(byte[] b)
    {
        if (b.Length < 33 || !b.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            return (null, "the PNG has no header (IHDR)");
        var width = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20));
        if (width <= 0 || height <= 0)
            return (null, "the PNG has no size");
        return ImageBody.PngProblem(b) is { } problem ? (null, problem) : (new Info(ImageFormat.Png, width, height), null);
    }

    static (Info?, string?) Jpeg(byte[] b)
    {
        var i = 2;
        while (i + 9 < b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7));
                if (width == 0 || height == 0)
                    return (null, "the JPEG has no size");
                return ImageBody.JpegProblem(b) is { } problem ? (null, problem) : (new Info(ImageFormat.Jpeg, width, height), null);
            }

            i += 2 + length;
        }

        return (null, "the JPEG has no frame header (it is damaged or not a JPEG)");
    }

    static (Info?, string?) Svg(byte[] b)
    {
        try
        {
            using var xml = XmlReader.Create(new MemoryStream(b), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            if (!xml.ReadToFollowing("svg", "http://www.w3.org/2000/svg"))
                return (null, "it is not a PNG, JPEG or SVG image");
            var box = xml.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            var width = Length(xml.GetAttribute("width")) ?? (box?.Length == 4 ? Length(box[2]) : null);
            var height = Length(xml.GetAttribute("height")) ?? (box?.Length == 4 ? Length(box[3]) : null);
            return width > 0 && height > 0 ? (new Info(ImageFormat.Svg, width.Value, height.Value), null) : (null, "the SVG has neither width and height nor a viewBox");
        }
        catch (XmlException e)
        {
            return (null, $"it is not a PNG or JPEG, and not readable as SVG: {e.Message}");
        }
    }

    static double? Length(string? text) =>
        text is not null && double.TryParse(text.Trim().TrimEnd('x', 'p', 't'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
