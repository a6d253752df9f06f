namespace Reports.Charts;

/// <summary>
/// A chart label line the chart library is given as a stand-in: <paramref name="Text"/> is the real line, drawn
/// by script run at <paramref name="Size"/> points; <paramref name="EndAligned"/> when the chart library puts the
/// line's end, not its centre, where it belongs (vertical category labels end at the axis).
/// </summary>
internal sealed record ChartStandIn(string Text, double Size, bool EndAligned);
