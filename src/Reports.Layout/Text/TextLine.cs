namespace Reports.Layout.Text;

/// <summary>
/// One laid-out line: its runs, its natural width, its height, and the baseline's distance from
/// the line's top, all in points.
/// </summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, double Width, double Height, double Baseline);
