using System.Collections.Concurrent;
using Reports.Layout.Text;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>
/// Typefaces made from subset font bytes, one instance per content name for the life of the process.
/// Our text and the chart library must use the same instance: the PDF backend embeds a font once
/// per typeface instance. Grows by one entry per distinct subset (a few tens of KB each).
/// </summary>
internal static class SubsetTypefaces
{
    private static readonly ConcurrentDictionary<string, SKTypeface> Loaded = new(StringComparer.Ordinal);

    public static SKTypeface Get(EmbeddedFont font) =>
        Loaded.GetOrAdd(font.Name, _ => SKTypeface.FromData(SKData.CreateCopy(font.Data))
            ?? throw new InvalidOperationException($"SkiaSharp could not load the subset font {font.Name}."));

    public static SKTypeface? Find(string name) => Loaded.TryGetValue(name, out var typeface) ? typeface : null;
}
