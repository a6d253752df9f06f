namespace Reports.PdfWriter.Content;

/// <summary>
/// Content-stream operators another library drew (a chart's paths), copied as they are. They are in PDF's
/// own space of the page or form they are drawn into (origin bottom-left, y up, points), may use path,
/// colour (DeviceRGB/Gray), line-style and <c>q</c>/<c>Q</c>/<c>cm</c> operators only, and must balance
/// <c>q</c>/<c>Q</c>: text goes through <see cref="GlyphRun"/> (so it gets a ToUnicode map) and tags through the
/// canvas. Anything else is rejected when the writer validates (<c>Violation.UnsupportedOperator</c>).
/// </summary>
public sealed record RawOperators(string Operators) : Graphic;
