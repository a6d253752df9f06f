namespace Reports.Layout.Model;

/// <summary>
/// A logo to place: an image file (PNG, JPEG or SVG), its width over height, and the words a screen reader
/// says for it (the Figure's alternative text once the brief is tagged).
/// </summary>
public sealed record LogoImage(string Path, ImageKind Kind, double Aspect, string Alt);

/// <summary>The image formats layout can place.</summary>
public enum ImageKind { Png, Jpeg, Svg }
