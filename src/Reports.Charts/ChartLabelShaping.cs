using Reports.Text;

namespace Reports.Charts;

/// <summary>
/// A chart label shaped in visual order: its directional runs (UAX #9 through <see cref="BidiParagraph"/>)
/// shaped each in its own direction, right-to-left ones turned back into visual order (the shaper keeps glyphs
/// in logical order), then the runs laid out left to right as rule L2 orders them. Clusters keep pointing into
/// the label's logical text, so the writer maps every glyph back (and writes ActualText for reordered text).
/// A label without right-to-left text is shaped once, as it is.
/// </summary>
internal static class ChartLabelShaping
{
    public static ShapedText Shape(TextShaper shaper, BidiParagraph bidi, FaceKey face, string text)
    {
        if (!BidiParagraph.NeedsBidi(text))
            return shaper.Shape(face, text);
        var levels = new byte[text.Length];
        bidi.Levels(text, BidiParagraph.FromFirstStrong, levels);
        var runs = new List<(int Start, int Length, byte Level)>();
        for (var i = 0; i < text.Length;)
        {
            var end = i + 1;
            while (end < text.Length && levels[end] == levels[i])
                end++;
            runs.Add((i, end - i, levels[i]));
            i = end;
        }

        var (glyphs, advances, offsetsX, offsetsY, clusters) = (new List<uint>(), new List<int>(), new List<int>(), new List<int>(), new List<int>());
        var unitsPerEm = 1000;
        foreach (var index in BidiReorder.VisualOrder([.. runs.Select(r => r.Level)]))
        {
            var (start, length, level) = runs[index];
            var rightToLeft = (level & 1) == 1;
            var shaped = shaper.Shape(new ShapingKey(face, rightToLeft), text.Substring(start, length));
            unitsPerEm = shaped.UnitsPerEm;
            for (var k = 0; k < shaped.Count; k++)
            {
                var g = rightToLeft ? shaped.Count - 1 - k : k;
                glyphs.Add(shaped.Glyphs[g]);
                advances.Add(shaped.Advances[g]);
                offsetsX.Add(shaped.OffsetsX[g]);
                offsetsY.Add(shaped.OffsetsY[g]);
                clusters.Add(start + shaped.Clusters[g]);
            }
        }

        return new ShapedText([.. glyphs], [.. advances], [.. offsetsX], [.. offsetsY], [.. clusters], unitsPerEm);
    }
}
