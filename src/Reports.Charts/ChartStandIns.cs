using System.Text;
using Reports.Layout.Coverage;
using Reports.Layout.Paging;
using Reports.Text;

namespace Reports.Charts;

/// <summary>
/// Chart labels set by script run, as body text is: a label of Arabic scale words and Latin signs
/// ("~1.2 مليون"), Latin and CJK in one category ("Russia → 中国": the Latin in Noto Sans, not in the CJK
/// font's Latin). ScottPlot draws a whole group of labels with one typeface and measures each label with it,
/// which would lose (and mismeasure) the characters that typeface lacks. So each line our text engine sets
/// in other faces than the group's is given to ScottPlot as a stand-in drawn with the group's typeface: characters
/// that typeface has (digits), as wide as the real line is when our text engine sets it by script run, and
/// unique in the chart. ScottPlot lays the chart out around the stand-ins (their height is a line of the
/// group's face, their width the real one), and the painter draws the real line by script run where ScottPlot
/// put the stand-in. A label the engine sets in the group's face alone is given as it is.
/// </summary>
internal sealed class ChartStandIns
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly TextEngine engine;
    private readonly Dictionary<(FaceKey Face, string Line), string> byLine = [];
    private readonly Dictionary<(FaceKey Face, string Drawn), ChartStandIn> byStandIn = [];

    public ChartStandIns(TextEngine engine, PlacedChart placed)
    {
        this.engine = engine;
        var chart = placed.Chart;
        var lines = new List<(FaceKey Face, string Line, ChartStandIn StandIn)>();
        Collect(lines, placed.Faces.Categories, placed.CategoryLabels.SelectMany(l => l.Split('\n')), placed.CategoryLabelSize, placed.CategoryLabelsVertical);
        Collect(lines, placed.Faces.ValueAxis, [chart.ValueAxisTitle], ChartStyle.AxisTitleSize, false);
        Collect(lines, placed.Faces.CategoryAxis, chart.CategoryAxisTitle is { } title ? [title] : [], ChartStyle.AxisTitleSize, false);
        for (var s = 0; s < chart.Series.Count; s++)
            Collect(lines, placed.Faces.DataLabels[s], chart.Series[s].Labels.OfType<string>(), ChartStyle.DataLabelSize, false);
        var taken = new HashSet<string>(placed.CategoryLabels.SelectMany(l => l.Split('\n')).Concat(ChartStrings.All(chart)).Concat(ChartScale.Axis(chart).Labels), StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var (face, line, standIn) = lines[i];
            var text = Make(face, i, lines.Count, standIn, taken);
            taken.Add(text);
            byLine[(face, line)] = text;
            byStandIn[(face, text)] = standIn;
        }
    }

    /// <summary>How many lines of the chart are given as stand-ins.</summary>
    public int Count => byStandIn.Count;

    /// <summary>The label (lines split at "\n") as ScottPlot is to draw it with <paramref name="face"/>'s typeface.</summary>
    public string For(FaceKey face, string label) =>
        byLine.Count == 0 ? label : string.Join('\n', label.Split('\n').Select(line => byLine.GetValueOrDefault((face, line), line)));

    /// <summary>The real line behind a text ScottPlot drew in <paramref name="face"/>'s typeface, when it is a stand-in.</summary>
    public ChartStandIn? Find(FaceKey face, string drawn) => byStandIn.GetValueOrDefault((face, drawn));

    /// <summary>The line as our text engine sets it (by script run, in visual order), at its size.</summary>
    public TextLine Set(ChartStandIn standIn) =>
        engine.SingleLine(new StyledSpan(standIn.Text, new TextStyle(FontVariant.Regular, standIn.Size, Theme.Ink)), 1);

    private void Collect(List<(FaceKey, string, ChartStandIn)> lines, FaceKey face, IEnumerable<string> strings, double size, bool endAligned)
    {
        foreach (var line in strings.Distinct(StringComparer.Ordinal))
        {
            var standIn = new ChartStandIn(line, size, endAligned);
            if (Set(standIn).Runs.Any(run => run.Face.Family != face.Family) && !lines.Exists(l => l.Item1 == face && l.Item2 == line))
                lines.Add((face, line, standIn));
        }
    }

    /// <summary>
    /// The <paramref name="index"/>-th stand-in: its number in the face's first characters of <see cref="Alphabet"/>,
    /// padded with the first of them to the real line's width, lengthened while it equals a text of the chart.
    /// </summary>
    private string Make(FaceKey face, int index, int count, ChartStandIn standIn, HashSet<string> taken)
    {
        var file = engine.Shaper.Stack.Face(face);
        var digits = Alphabet.Where(c => file.Covers(c)).Take(10).ToArray();
        if (digits.Length < 2)
            throw new InvalidOperationException($"The chart face {file} has too few letters or digits to stand in for the label \"{standIn.Text}\".");
        var width = (int)Math.Ceiling(Math.Log(Math.Max(2, count), digits.Length));
        var number = new StringBuilder();
        for (var (n, place) = (index, 0); place < Math.Max(1, width); place++, n /= digits.Length)
            number.Insert(0, digits[n % digits.Length]);
        file.Font.TryGetNominalGlyph(digits[0], out var glyph);
        var pad = file.Font.GetHorizontalGlyphAdvance(glyph) * standIn.Size / file.UnitsPerEm;
        var length = Math.Max(number.Length, (int)Math.Round(Set(standIn).Width / Math.Max(pad, 0.01)));
        var text = number.ToString().PadLeft(length, digits[0]);
        while (taken.Contains(text))
            text = digits[0] + text;
        return text;
    }
}
