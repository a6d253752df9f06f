using System.Text;
using Reports.Layout.Paging;
using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Svg;
using Reports.Text;

namespace Reports.Charts;

/// <summary>
/// Draws the text ScottPlot wrote into a chart's SVG as glyph runs in the chart's faces. The family the
/// SVG names picks the face (ScottPlot drew with <see cref="ChartTypefaces"/>' copies of them); the text is
/// matched back to the chart's own string by its glyphs, because Skia writes a character back from each
/// glyph (two characters sharing a glyph, such as a space and a no-break space, would otherwise swap).
/// Runs start where Skia put the first glyph, on its baseline. A stand-in (<see cref="ChartStandIns"/>) is
/// drawn as its real line, by script run, centred (or ended) where the stand-in was.
/// </summary>
internal sealed class ChartTextPainter : ISvgTextPainter, IDisposable
{
    private readonly TextShaper shaper;
    private readonly ChartStandIns standIns;
    private readonly BidiParagraph bidi = new();
    private readonly List<(FaceKey Face, FontFaceFile File, string Family, Dictionary<string, string> Strings)> faces = [];

    public ChartTextPainter(TextShaper shaper, PlacedChart chart, ChartStandIns standIns)
    {
        this.shaper = shaper;
        this.standIns = standIns;
        foreach (var (face, strings) in Groups(chart))
        {
            var index = faces.FindIndex(f => f.Face == face);
            if (index < 0)
            {
                var file = shaper.Stack.Face(face);
                faces.Add((face, file, ChartTypefaces.Find(ChartTypefaces.Name(file))!.FamilyName, []));
                index = faces.Count - 1;
            }

            foreach (var text in strings)
                faces[index].Strings.TryAdd(Key(faces[index].File, text), text);
        }
    }

    public void Dispose() => bidi.Dispose();

    public Graphic? Paint(SvgText text)
    {
        var (face, file, strings) = FaceOf(text);
        if (standIns.Find(face, text.Text) is { } standIn)
            return Paint(text, file, standIn);
        var original = strings.GetValueOrDefault(Key(file, text.Text), text.Text);
        var shaped = ChartLabelShaping.Shape(shaper, bidi, face, original);
        var width = shaped.Advance * shaped.Scale(text.Size);
        var x = text.X[0] - (text.Anchor switch { SvgTextAnchor.Middle => width / 2, SvgTextAnchor.End => width, _ => 0 });
        x += (SkiaWidth(file, text) is { } skia ? skia - width : 0) / 2;
        var glyphs = new ShapedGlyphs(shaped.Glyphs, shaped.Advances, shaped.OffsetsX, shaped.OffsetsY, shaped.Clusters, shaped.UnitsPerEm);
        return new GlyphRun(new FontFace(file.Path, file.Index), text.Size, text.Fill, new Point(x, text.Y[0]), glyphs, original);
    }

    /// <summary>The real line of a stand-in: one glyph run per script run, in the faces our text engine chose.</summary>
    private GraphicGroup Paint(SvgText text, FontFaceFile file, ChartStandIn standIn)
    {
        var line = standIns.Set(standIn);
        var room = SkiaWidth(file, text) ?? line.Width;
        var x = text.X[0] + ((room - line.Width) * (standIn.EndAligned ? 1 : 0.5));
        return new GraphicGroup([.. line.Runs.Select(run =>
        {
            var runFile = shaper.Stack.Face(run.Face);
            var glyphs = new ShapedGlyphs(run.Glyphs, run.Advances, run.OffsetsX, run.OffsetsY, run.Clusters, run.UnitsPerEm);
            return (Graphic)new GlyphRun(new FontFace(runFile.Path, runFile.Index), text.Size, text.Fill, new Point(x + run.X, text.Y[0]), glyphs, run.Text);
        })]);
    }

    /// <summary>
    /// The width Skia gave the text (it draws without kerning), from its glyph positions and the last
    /// glyph's advance; null when the positions are not one per character. ScottPlot centres its labels
    /// on that width, so a kerned run is moved by half the difference to stay centred where it was.
    /// </summary>
    private static double? SkiaWidth(FontFaceFile file, SvgText text)
    {
        var runes = text.Text.EnumerateRunes().ToList();
        if (runes.Count != text.X.Count || runes.Count == 0 || !file.Font.TryGetNominalGlyph((uint)runes[^1].Value, out var last))
            return null;
        return text.X[^1] - text.X[0] + (file.Font.GetHorizontalGlyphAdvance(last) * text.Size / file.UnitsPerEm);
    }

    /// <summary>The chart strings each face draws, as ScottPlot is given them (category labels line by line).</summary>
    private static IEnumerable<(FaceKey Face, IEnumerable<string> Strings)> Groups(PlacedChart placed)
    {
        var chart = placed.Chart;
        yield return (placed.Faces.Numbers, ChartScale.Axis(chart).Labels);
        yield return (placed.Faces.Categories, placed.CategoryLabels.SelectMany(l => l.Split('\n')));
        yield return (placed.Faces.ValueAxis, [chart.ValueAxisTitle]);
        yield return (placed.Faces.CategoryAxis, chart.CategoryAxisTitle is { } title ? [title] : []);
        for (var s = 0; s < chart.Series.Count; s++)
            yield return (placed.Faces.DataLabels[s], chart.Series[s].Labels.OfType<string>());
    }

    private (FaceKey Face, FontFaceFile File, Dictionary<string, string> Strings) FaceOf(SvgText text)
    {
        // Two faces of one family name (a copy of a system font in a --fonts folder): the one whose group holds the text.
        var named = faces.Where(f => text.Families.Contains(f.Family, StringComparer.Ordinal)).ToList();
        var face = named.Count == 1 ? named[0] : named.FirstOrDefault(f => f.Strings.ContainsKey(Key(f.File, text.Text)));
        if (face.Family is null && named.Count > 0)
            face = named[0];
        if (face.Family is null)
            throw new InvalidOperationException($"The chart drew \"{text.Text}\" in {string.Join(", ", text.Families)}, none of the chart's faces ({string.Join(", ", faces.Select(f => f.Family))}).");
        return (face.Face, face.File, face.Strings);
    }

    /// <summary>The text as the face's glyphs (whitespace collapsed as SVG does): what Skia's SVG keeps of it.</summary>
    private static string Key(FontFaceFile file, string text)
    {
        var key = new StringBuilder();
        foreach (var rune in string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).EnumerateRunes())
            key.Append(file.Font.TryGetNominalGlyph((uint)rune.Value, out var glyph) ? glyph : 0).Append(',');
        return key.ToString();
    }
}
