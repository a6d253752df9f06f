using System.Collections.Concurrent;
using SkiaSharp;

namespace Reports.Charts;

/// <summary>"#RRGGBB" to Skia and ScottPlot colours (layout has validated the strings).</summary>
internal static class ChartColors
{
    /// <summary>A document uses a handful of colours on thousands of boxes: each is parsed once.</summary>
    private static readonly ConcurrentDictionary<string, SKColor> Parsed = new(StringComparer.Ordinal);

    public static SKColor Sk(string hex) => Parsed.GetOrAdd(hex, SKColor.Parse);

    public static ScottPlot.Color Plot(string hex) => ScottPlot.Color.FromHex(hex);

    /// <summary>Ink or white, whichever reads better on the given fill.</summary>
    public static string TextOn(string fillHex)
    {
        var c = Sk(fillHex);
        var luminance = (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);
        return luminance > 140 ? "#1F2933" : "#FFFFFF";
    }
}
