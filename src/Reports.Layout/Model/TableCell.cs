namespace Reports.Layout.Model;

/// <summary>The content of one table cell; it wraps within its column.</summary>
public sealed record TableCell(IReadOnlyList<Span> Spans)
{
    /// <summary>A cell holding plain, unstyled text.</summary>
    public TableCell(string text)
        : this(Span.Plain(text))
    {
    }

    /// <summary>A cell holding plain, unstyled text.</summary>
    public static TableCell Of(string text) => new(text);

    /// <summary>A cell whose text never breaks (a figure with its qualifier and unit).</summary>
    public static TableCell Unbroken(string text) => new([Span.Unbroken(text)]);

    /// <summary>A cell whose text breaks only after <paramref name="characters"/> ("-" for an id, "–" for a period range).</summary>
    public static TableCell BreakingOnlyAfter(string text, string characters) => new([new Span(text) { BreakOnlyAfter = characters }]);

    /// <summary>Plain text converts to a cell, so rows can be written as string arrays.</summary>
    public static implicit operator TableCell(string text) => new(text);
}
