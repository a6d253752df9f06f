namespace Reports.PdfWriter.Content;

/// <summary>
/// Vector content drawn once into its own box (<paramref name="Width"/> × <paramref name="Height"/> points,
/// top-left origin like a page), written as a Form XObject: the hook for drawings another library makes
/// (a ScottPlot chart as paths plus glyph runs). Glyph runs in a form use the document's fonts, so they are
/// subset and mapped to Unicode like page text. A form carries no tags: its placement is tagged (a Figure) or an artifact.
/// </summary>
public sealed record Form(double Width, double Height, IReadOnlyList<Graphic> Content);
