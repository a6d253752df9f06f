namespace Reports.Text;

/// <summary>
/// One laid-out line: its runs in logical (reading) order, each at its visual place (<see cref="TextRun.X"/> from the line's left), its natural width, its height,
/// and the baseline's distance from the line's top, all in points. A line of a right-to-left paragraph
/// (<paramref name="RightToLeft"/>) starts <paramref name="Offset"/> points from the left, so it ends at the
/// right edge of the width it was laid out in; text aligned to the left (its start) is placed there.
/// </summary>
public sealed record TextLine(IReadOnlyList<TextRun> Runs, double Width, double Height, double Baseline, double Offset = 0, bool RightToLeft = false)
{
    /// <summary>True when the text goes on after this line past a space the break swallowed (see <see cref="LineEndSpace"/>).</summary>
    public bool SpaceAfter { get; init; }
}
