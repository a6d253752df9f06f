using System.Runtime.CompilerServices;
using Reports.Layout.Paging;
using Reports.Layout.Text;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>
/// Draws placed text as positioned glyph runs in the subset faces. Fonts are unhinted with subpixel
/// positioning and linear metrics: the subset has no hinting, and hinted metrics make extracted words
/// fall apart ("dem and").
/// </summary>
internal sealed class TextDrawer(IReadOnlyDictionary<FaceKey, EmbeddedFont> fonts) : IDisposable
{
    private readonly Dictionary<(FaceKey, double), SKFont> skFonts = [];
    private readonly SKPaint paint = new() { IsAntialias = true };

    /// <summary>One builder for every run: building a blob resets it.</summary>
    private readonly SKTextBlobBuilder builder = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    public void Draw(SKCanvas canvas, PlacedText text)
    {
        var run = text.Run;
        if (run.Glyphs.Length == 0)
            return;
        var embedded = fonts[run.Face];
        var buffer = builder.AllocatePositionedRun(Font(run.Face, text.FontSize), run.Glyphs.Length);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            glyphs[i] = embedded.Map(run.Glyphs[i]);
            positions[i] = new SKPoint(run.GlyphX[i], run.GlyphY[i]);
        }

        using var blob = builder.Build();
        paint.Color = Colors.Sk(text.Color);
        canvas.DrawText(blob, (float)text.Bounds.X, (float)(text.Bounds.Y + text.Baseline), paint);
    }

    public void Dispose()
    {
        foreach (var font in skFonts.Values)
            font.Dispose();
        paint.Dispose();
        builder.Dispose();
    }

    private SKFont Font(FaceKey face, double size)
    {
        if (!skFonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(SubsetTypefaces.Get(fonts[face]), (float)size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
            };
            skFonts[(face, size)] = font;
        }

        return font;
    }
}
