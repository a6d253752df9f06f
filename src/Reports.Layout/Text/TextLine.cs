namespace Reports.Layout.Text;

/// <summary>
/// One laid-out line: its runs, its natural width, its height, and the baseline's distance from
/// the line's top, all in points.
/// </summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, double Width, double Height, double Baseline)
{
    /// <summary>True when the text goes on after this line past a space the break swallowed (see <see cref="LineEndSpace"/>).</summary>
    public bool SpaceAfter { get; init; }
}
