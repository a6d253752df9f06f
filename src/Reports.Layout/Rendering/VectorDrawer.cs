using Reports.PdfWriter.Content;
using SkiaSharp;

namespace Reports.Layout.Rendering;

/// <summary>
/// Draws the vector graphics the SVG reader makes (paths, rectangles, lines, groups with transforms and clips)
/// onto a SkiaSharp canvas, so an SVG logo shows in today's renderer too; the writer's path places the same
/// graphics as a form. Glyph runs are not drawn here (a logo's painter allows no text).
/// </summary>
internal static class VectorDrawer
{
    public static void Draw(SKCanvas canvas, IReadOnlyList<Graphic> graphics, SKPaint paint)
    {
        foreach (var graphic in graphics)
        {
            switch (graphic)
            {
                case PathShape path:
                    using (var sk = Path(path.Segments, path.Rule))
                        Paint(canvas, sk, path.Fill, path.Stroke, path.LineWidth, paint);
                    break;
                case RectShape rect:
                    using (var sk = new SKPath())
                    {
                        sk.AddRect(new SKRect((float)rect.Bounds.X, (float)rect.Bounds.Y, (float)rect.Bounds.Right, (float)rect.Bounds.Bottom));
                        Paint(canvas, sk, rect.Fill, rect.Stroke, rect.LineWidth, paint);
                    }

                    break;
                case LineShape line:
                    using (var sk = new SKPath())
                    {
                        sk.MoveTo((float)line.From.X, (float)line.From.Y);
                        sk.LineTo((float)line.To.X, (float)line.To.Y);
                        Paint(canvas, sk, null, line.Stroke, line.Width, paint);
                    }

                    break;
                case GraphicGroup group:
                    using (new CanvasScope(canvas))
                    {
                        var m = group.Transform;
                        canvas.Concat(new SKMatrix((float)m.A, (float)m.C, (float)m.E, (float)m.B, (float)m.D, (float)m.F, 0, 0, 1));
                        if (group.Clip is { } clip)
                        {
                            using var sk = Path(clip, group.ClipRule);
                            canvas.ClipPath(sk, antialias: true);
                        }

                        Draw(canvas, group.Content, paint);
                    }

                    break;
            }
        }
    }

    private static void Paint(SKCanvas canvas, SKPath path, PdfWriter.Geometry.RgbColor? fill, PdfWriter.Geometry.RgbColor? stroke, double width, SKPaint paint)
    {
        if (fill is { } f)
        {
            paint.Style = SKPaintStyle.Fill;
            paint.Color = new SKColor(f.R, f.G, f.B);
            canvas.DrawPath(path, paint);
        }

        if (stroke is { } s && width > 0)
        {
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = (float)width;
            paint.Color = new SKColor(s.R, s.G, s.B);
            canvas.DrawPath(path, paint);
        }
    }

    private static SKPath Path(IReadOnlyList<PathSegment> segments, FillRule rule)
    {
        var path = new SKPath { FillType = rule == FillRule.EvenOdd ? SKPathFillType.EvenOdd : SKPathFillType.Winding };
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case MoveTo m: path.MoveTo((float)m.To.X, (float)m.To.Y); break;
                case LineTo l: path.LineTo((float)l.To.X, (float)l.To.Y); break;
                case CubicTo c: path.CubicTo((float)c.Control1.X, (float)c.Control1.Y, (float)c.Control2.X, (float)c.Control2.Y, (float)c.To.X, (float)c.To.Y); break;
                case ClosePath: path.Close(); break;
            }
        }

        return path;
    }
}
