using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>Saves the canvas state and restores it on dispose, so no save/restore pair can go unmatched.</summary>
internal readonly struct CanvasScope : IDisposable
{
    private readonly SKCanvas canvas;
    private readonly int saveCount;

    public CanvasScope(SKCanvas canvas)
    {
        this.canvas = canvas;
        saveCount = canvas.Save();
    }

    public void Dispose() => canvas.RestoreToCount(saveCount);
}
