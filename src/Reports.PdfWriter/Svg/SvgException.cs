namespace Reports.PdfWriter.Svg;

/// <summary>
/// An SVG the reader cannot draw faithfully: malformed, or a feature it does not support (named, with the
/// element's 1-based line and column in the file). Never a silent gap in the drawing.
/// </summary>
public sealed class SvgException(string message, int line, int column) : Exception(line > 0 ? $"line {line}, column {column}: {message}" : message)
{
    /// <summary>1-based; 0 when unknown.</summary>
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = message;
}
