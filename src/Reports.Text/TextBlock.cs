namespace Reports.Text;

/// <summary>Lines of a piece of text laid out in a given width.</summary>
public sealed record TextBlock(IReadOnlyList<TextLine> Lines)
{
    public double Height { get; } = Lines.Sum(line => line.Height);
}
