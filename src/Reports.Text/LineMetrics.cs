namespace Reports.Text;

/// <summary>
/// Vertical metrics of the primary face, used for every line so that baselines do not jump when a
/// line falls back to another font: the glyph box (ascent + descent) is centred in the line height.
/// </summary>
public sealed record LineMetrics(double Ascent, double Descent)
{
    public static LineMetrics Of(FontFaceFile face) => new(face.Ascent, face.Descent);

    /// <summary>Distance from the top of a line of the given height to the baseline of text of the given size.</summary>
    public double Baseline(double size, double lineHeight) =>
        ((lineHeight - ((Ascent + Descent) * size)) / 2) + (Ascent * size);
}
