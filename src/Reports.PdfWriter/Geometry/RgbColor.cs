using System.Globalization;

namespace Reports.PdfWriter.Geometry;

/// <summary>A DeviceRGB colour, 0–255 per channel (the file's sRGB output intent gives it meaning).</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    public static RgbColor Black { get; } = new(0, 0, 0);

    public static RgbColor White { get; } = new(255, 255, 255);

    /// <summary>Parses "#rrggbb" (the form the layout's theme uses).</summary>
    public static RgbColor FromHex(string hex)
    {
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            throw new ArgumentException($"Colour '{hex}' is not of the form #rrggbb.", nameof(hex));
        return new RgbColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
