using ScottPlot;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>
/// Hands ScottPlot our subset typefaces by name. Without it ScottPlot resolves system fonts and the
/// PDF embeds them whole. Registered once, first in ScottPlot's (global) resolver list; names it does
/// not know fall through to ScottPlot's own resolvers.
/// </summary>
internal sealed class ScottPlotFontBridge : IFontResolver
{
    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureRegistered() => _ = Registration.Value;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => SubsetTypefaces.Find(fontName);

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        SubsetTypefaces.Find(fontName);

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new ScottPlotFontBridge());
        return true;
    }
}
