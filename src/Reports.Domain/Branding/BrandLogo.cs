namespace Reports.Domain.Branding;

/// <summary>
/// One logo image: a PNG, JPEG or SVG file (full path) that was read and understood, its natural size
/// (pixels for raster images, user units of the SVG's viewBox or width/height), and the words a screen
/// reader says for it.
/// </summary>
public sealed record BrandLogo(string Path, ImageFormat Format, double Width, double Height, string Alt)
{
    /// <summary>Width over height.</summary>
    public double Aspect => Width / Height;
}

/// <summary>The image formats a logo may have.</summary>
public enum ImageFormat { Png, Jpeg, Svg }
