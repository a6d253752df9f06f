using Reports.PdfWriter.Content;
using Reports.PdfWriter.Fonts;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Validation;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// Turns graphics into content-stream operators, flipping top-left coordinates into PDF's bottom-left
/// space (the space height passed is the page's or form's height). Glyph runs register their glyphs
/// with the font and get an ActualText span when their glyphs do not spell their text.
/// </summary>
internal sealed class GraphicWriter(FontRegistry fonts, Problems problems, Opacities opacities)
{
    public void Write(PdfBuffer content, Graphic graphic, double spaceHeight, string where)
    {
        switch (graphic)
        {
            case GlyphRun run:
                WriteRun(content, run, spaceHeight, where);
                break;
            case RectShape rect:
                WriteRect(content, rect, spaceHeight);
                break;
            case LineShape line:
                Color.Stroke(content, line.Stroke);
                content.Number(line.Width).Raw(" w ");
                MoveTo(content, line.From, spaceHeight).Space();
                LineTo(content, line.To, spaceHeight).Raw(" S\n");
                break;
            case PathShape path:
                WritePath(content, path, spaceHeight);
                break;
            case GraphicGroup group:
                WriteGroup(content, group, spaceHeight, where);
                break;
            case RawOperators raw:
                if (RawOperatorCheck.Problem(raw.Operators) is { } problem)
                    problems.Add(Violation.UnsupportedOperator, where, $"raw operators refused: {problem}; draw text as glyph runs and keep to path and colour operators");
                else
                    content.Raw(raw.Operators).Line();
                break;
            default:
                throw new ArgumentException($"The writer cannot draw a {graphic.GetType().Name}.", nameof(graphic));
        }
    }

    private void WriteRun(PdfBuffer content, GlyphRun run, double spaceHeight, string where)
    {
        ClusterText.CheckShape(run);
        if (run.Glyphs.Count == 0 || fonts.Use(run.Font, where) is not { } font)
            return;
        var at = new RunPlace(where, run.Text);
        if (Array.IndexOf(run.Glyphs.Ids, 0u) is var notdef and >= 0)
            ReportNotDef(run, notdef, at.ToString());
        foreach (var id in run.Glyphs.Ids)
        {
            if (id >= font.Info.GlyphCount)
                throw new ArgumentException($"Glyph {id} is not in {run.Font} ({font.Info.GlyphCount} glyphs); glyph ids come from shaping with that face.");
        }

        var order = DrawOrder.Of(run.Glyphs.Clusters);
        var actualText = ClusterText.NeedsActualText(run, font, problems, at, order);
        if (actualText)
            content.Raw("/Span <</ActualText ").Text(run.Text).Raw(">> BDC\n");
        GlyphRunWriter.Write(content, run, font, spaceHeight, order);
        if (actualText)
            content.Raw("EMC\n");
    }

    private void ReportNotDef(GlyphRun run, int glyph, string where)
    {
        var cluster = run.Glyphs.Clusters[glyph];
        var missing = cluster < run.Text.Length ? $"U+{char.ConvertToUtf32(run.Text, cluster):X4}" : "a character";
        problems.Add(Violation.NotDefGlyph, where, $"glyph 0 (.notdef) drawn for {missing}: {run.Font} has no glyph for it; draw it with a font that covers it");
    }

    /// <summary>
    /// A group in its own q … Q: the transform first, so the clip and the content are in the group's space
    /// (the same space height flips them: <see cref="GroupWriter.Transform"/> makes the flip commute).
    /// </summary>
    private void WriteGroup(PdfBuffer content, GraphicGroup group, double spaceHeight, string where)
    {
        content.Raw("q\n");
        if (group.Opacity is { } opacity)
            content.Raw("/").Raw(opacities.Name(opacity)).Raw(" gs\n");
        GroupWriter.Transform(content, group.Transform, spaceHeight);
        if (group.Clip is { Count: > 0 } clip)
        {
            WriteSegments(content, clip, spaceHeight);
            content.Raw(group.ClipRule == FillRule.EvenOdd ? "W* n\n" : "W n\n");
        }

        if (group.Line is { } line)
            GroupWriter.Line(content, line);
        foreach (var graphic in group.Content)
            Write(content, graphic, spaceHeight, where);
        content.Raw("Q\n");
    }

    private static void WriteRect(PdfBuffer content, RectShape rect, double spaceHeight)
    {
        var stroke = rect.Stroke is not null && rect.LineWidth > 0;
        if (rect.Fill is null && !stroke)
            return;
        if (rect.Fill is { } fill)
            Color.Fill(content, fill);
        if (stroke)
        {
            Color.Stroke(content, rect.Stroke!.Value);
            content.Number(rect.LineWidth).Raw(" w ");
        }

        var r = rect.Bounds;
        content.Number(r.X).Space().Number(spaceHeight - r.Bottom).Space().Number(r.Width).Space().Number(r.Height)
            .Raw(rect.Fill is null ? " re S\n" : stroke ? " re B\n" : " re f\n");
    }

    private static void WritePath(PdfBuffer content, PathShape path, double spaceHeight)
    {
        var stroke = path.Stroke is not null && path.LineWidth > 0;
        if ((path.Fill is null && !stroke) || path.Segments.Count == 0)
            return;
        if (path.Fill is { } fill)
            Color.Fill(content, fill);
        if (stroke)
        {
            Color.Stroke(content, path.Stroke!.Value);
            content.Number(path.LineWidth).Raw(" w ");
        }

        WriteSegments(content, path.Segments, spaceHeight);
        var evenOdd = path.Rule == FillRule.EvenOdd;
        content.Raw(path.Fill is null ? "S\n" : stroke ? (evenOdd ? "B*\n" : "B\n") : evenOdd ? "f*\n" : "f\n");
    }

    private static void WriteSegments(PdfBuffer content, IReadOnlyList<PathSegment> segments, double spaceHeight)
    {
        foreach (var segment in segments)
        {
            _ = segment switch
            {
                MoveTo move => MoveTo(content, move.To, spaceHeight),
                LineTo line => LineTo(content, line.To, spaceHeight),
                CubicTo curve => Point(Point(Point(content, curve.Control1, spaceHeight).Space(), curve.Control2, spaceHeight).Space(), curve.To, spaceHeight).Raw(" c"),
                ClosePath => content.Raw("h"),
                _ => throw new ArgumentException($"Unknown path segment {segment.GetType().Name}."),
            };
            content.Space();
        }
    }

    private static PdfBuffer MoveTo(PdfBuffer content, Point p, double spaceHeight) => Point(content, p, spaceHeight).Raw(" m");

    private static PdfBuffer LineTo(PdfBuffer content, Point p, double spaceHeight) => Point(content, p, spaceHeight).Raw(" l");

    private static PdfBuffer Point(PdfBuffer content, Point p, double spaceHeight) =>
        content.Number(p.X).Space().Number(spaceHeight - p.Y);
}
