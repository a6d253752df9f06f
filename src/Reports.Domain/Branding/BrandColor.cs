namespace Reports.Domain.Branding;

/// <summary>A colour of the brand as "#RRGGBB" (upper case), with where it is written in the brand file.</summary>
/// <param name="Path">Its key path, e.g. "$.color.primary".</param>
public sealed record BrandColor(string Hex, string Path, int Line, int Column);
