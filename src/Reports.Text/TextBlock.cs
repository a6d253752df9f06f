namespace Reports.Text;

/// <summary>Lines of a piece of text laid out in a given width.</summary>
public sealed record TextBlock(IReadOnlyList<TextLine> Lines)
{
    public double Height { get; } = Sum(Lines);

    /// <summary>The lines' heights added in order, without an enumerator (a brief lays out a text per table cell).</summary>
    private static double Sum(IReadOnlyList<TextLine> lines)
    {
        var height = 0.0;
        for (var i = 0; i < lines.Count; i++)
            height += lines[i].Height;
        return height;
    }
}
