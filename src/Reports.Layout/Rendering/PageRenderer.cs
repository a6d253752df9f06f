using Reports.Layout.Paging;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>Draws the boxes of a page in order: fills and rules, text, charts, links and destinations.</summary>
internal sealed class PageRenderer(TextDrawer text, ChartRenderer charts) : IDisposable
{
    /// <summary>Destinations sit a little above their heading so viewers do not cut its top.</summary>
    private const float DestinationLead = 6;

    private readonly SKPaint fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    public void Draw(SKCanvas canvas, IReadOnlyList<PlacedBox> boxes)
    {
        foreach (var box in boxes)
        {
            switch (box)
            {
                case PlacedRect rect:
                    DrawRect(canvas, rect);
                    break;
                case PlacedText placed:
                    text.Draw(canvas, placed);
                    break;
                case PlacedImage image:
                    ImageDrawer.Draw(canvas, image);
                    break;
                case PlacedRotatedText rotated:
                    ImageDrawer.Draw(canvas, rotated, text);
                    break;
                case PlacedChart chart:
                    charts.Draw(canvas, chart);
                    break;
                case PlacedLink link:
                    DrawLink(canvas, link);
                    break;
                case PlacedDestination destination:
                    var point = new SKPoint((float)destination.Bounds.X, Math.Max(0, (float)destination.Bounds.Y - DestinationLead));
                    canvas.DrawNamedDestinationAnnotation(point, destination.Name)?.Dispose();
                    break;
            }
        }
    }

    public void Dispose()
    {
        fill.Dispose();
        stroke.Dispose();
    }

    private void DrawRect(SKCanvas canvas, PlacedRect rect)
    {
        var r = ToSk(rect.Bounds);
        if (rect.Fill is { } fillColor)
        {
            fill.Color = Colors.Sk(fillColor);
            canvas.DrawRect(r, fill);
        }

        if (rect.Stroke is { } strokeColor && rect.StrokeWidth > 0)
        {
            stroke.Color = Colors.Sk(strokeColor);
            stroke.StrokeWidth = (float)rect.StrokeWidth;
            canvas.DrawRect(r, stroke);
        }
    }

    private static void DrawLink(SKCanvas canvas, PlacedLink link)
    {
        var r = ToSk(link.Bounds);
        if (link.Url is { } url)
            canvas.DrawUrlAnnotation(r, url)?.Dispose();
        else if (link.Anchor is { } anchor)
            canvas.DrawLinkDestinationAnnotation(r, anchor)?.Dispose();
    }

    private static SKRect ToSk(Rect r) => new((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);
}
