namespace Reports.PdfWriter.Validation;

/// <summary>Which rules each standard enforces.</summary>
public static class StandardRules
{
    /// <summary>
    /// True when a file claiming <paramref name="standard"/> may not break <paramref name="rule"/>. Some rules
    /// hold for every setting, <see cref="PdfStandard.None"/> included: the writer never draws .notdef, never
    /// embeds a font its licence forbids, and never writes a tree, link or operator that would be broken.
    /// </summary>
    public static bool Prohibits(PdfStandard standard, Violation rule) => rule switch
    {
        Violation.NotDefGlyph or Violation.RestrictedFont or Violation.UnsupportedFont
            or Violation.ContentWithSeveralParents or Violation.UnknownContent or Violation.UnknownDestination
            or Violation.DuplicateDestination or Violation.BackgroundWithoutBBox or Violation.UnsupportedOperator => true,
        Violation.NoUnicodeMapping or Violation.InvalidCodepoint => standard is PdfStandard.Ua1A2a or PdfStandard.A2u,
        _ => standard is PdfStandard.Ua1A2a,
    };
}
