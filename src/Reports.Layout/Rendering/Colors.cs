using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>"#RRGGBB" to Skia and ScottPlot colours (layout has validated the strings).</summary>
internal static class Colors
{
    public static SKColor Sk(string hex) => SKColor.Parse(hex);

    public static ScottPlot.Color Plot(string hex) => ScottPlot.Color.FromHex(hex);

    /// <summary>Ink or white, whichever reads better on the given fill.</summary>
    public static string TextOn(string fillHex)
    {
        var c = Sk(fillHex);
        var luminance = (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);
        return luminance > 140 ? "#1F2933" : "#FFFFFF";
    }
}
