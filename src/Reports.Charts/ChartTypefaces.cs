using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Reports.Text;
using ScottPlot;
using SkiaSharp;

namespace Reports.Charts;

/// <summary>
/// Hands ScottPlot the full faces of our font stack by name, for charts painted as SVG (see
/// <see cref="ChartPainter"/>): ScottPlot measures and places its text with the very faces our glyph runs
/// use, so nothing moves when the text is reshaped in our fonts. Nothing of these typefaces reaches the
/// PDF (the writer subsets the files itself). One typeface per face file for the life of the process.
/// </summary>
internal sealed class ChartTypefaces : IFontResolver
{
    private static readonly ConcurrentDictionary<string, SKTypeface> Loaded = new(StringComparer.Ordinal);
    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The name ScottPlot is given for a face (derived from its file and index, so stable and unique).</summary>
    public static string Name(FontFaceFile face)
    {
        _ = Registration.Value;
        var name = "ReportsChartFace-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(face.ToString())))[..16];
        Loaded.GetOrAdd(name, _ => SKTypeface.FromFile(face.Path, face.Index)
            ?? throw new InvalidOperationException($"SkiaSharp could not load the font {face} for a chart."));
        return name;
    }

    /// <summary>
    /// Registers the resolver, which runs ScottPlot's font set-up: with the fontconfig-free Skia build it scans
    /// the system's font folders for a default typeface (about 60 ms on a machine with 440 fonts, the seed's
    /// PDF stage's largest single cost). Idempotent and thread-safe; call it early on a spare core.
    /// </summary>
    public static void Prepare() => _ = Registration.Value;

    public static SKTypeface? Find(string name) => Loaded.TryGetValue(name, out var typeface) ? typeface : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Find(fontName);

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Find(fontName);

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new ChartTypefaces());
        return true;
    }
}
