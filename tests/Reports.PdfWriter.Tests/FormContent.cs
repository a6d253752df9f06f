using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Tests;

/// <summary>A painted form read as a flat list: each graphic with the transform and clip its groups put it under.</summary>
internal static class FormContent
{
    public sealed record Drawn(Graphic Graphic, Matrix Transform, IReadOnlyList<PathSegment>? Clip);

    public static List<Drawn> Flat(this Form form) => [.. Flat(form.Content, Matrix.Identity, null)];

    public static List<GlyphRun> Runs(this Form form) => [.. form.Flat().Select(d => d.Graphic).OfType<GlyphRun>()];

    /// <summary>
    /// The text of each run, a label set by script run (a group of runs alone, see ChartStandIns) as one text:
    /// its runs' texts joined left to right, which is its text when it runs left to right.
    /// </summary>
    public static List<string> Texts(this Form form) => [.. Texts(form.Content)];

    private static IEnumerable<string> Texts(IEnumerable<Graphic> graphics)
    {
        foreach (var graphic in graphics)
        {
            if (graphic is GraphicGroup { Content: { Count: > 0 } runs } && runs.All(g => g is GlyphRun))
                yield return string.Concat(runs.Cast<GlyphRun>().Select(r => r.Text));
            else if (graphic is GraphicGroup group)
                foreach (var text in Texts(group.Content))
                    yield return text;
            else if (graphic is GlyphRun run)
                yield return run.Text;
        }
    }

    /// <summary>Filled rectangles of a colour (bars), in form space.</summary>
    public static List<Rect> Filled(this Form form, string hex) =>
        [.. form.Flat().Where(d => d.Graphic is RectShape r && r.Fill == RgbColor.FromHex(hex)).Select(d => Box(((RectShape)d.Graphic).Bounds, d.Transform))];

    /// <summary>Where a run starts on its baseline, in form space.</summary>
    public static Point Origin(this Form form, string text)
    {
        var drawn = form.Flat().Single(d => d.Graphic is GlyphRun r && r.Text == text);
        return drawn.Transform.Apply(((GlyphRun)drawn.Graphic).Origin);
    }

    public static Matrix TransformOf(this Form form, string text) => form.Flat().Single(d => d.Graphic is GlyphRun r && r.Text == text).Transform;

    private static IEnumerable<Drawn> Flat(IEnumerable<Graphic> graphics, Matrix transform, IReadOnlyList<PathSegment>? clip)
    {
        foreach (var graphic in graphics)
        {
            if (graphic is GraphicGroup group)
            {
                foreach (var inner in Flat(group.Content, transform.Times(group.Transform), group.Clip ?? clip))
                    yield return inner;
            }
            else
            {
                yield return new Drawn(graphic, transform, clip);
            }
        }
    }

    private static Rect Box(Rect r, Matrix m)
    {
        var (a, b) = (m.Apply(new Point(r.X, r.Y)), m.Apply(new Point(r.Right, r.Bottom)));
        return new Rect(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y));
    }
}
