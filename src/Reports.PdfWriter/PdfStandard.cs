namespace Reports.PdfWriter;

/// <summary>
/// What the file claims to conform to, and so which rules the writer enforces before it finishes.
/// Every setting writes tagged PDF 1.7; only the claims in the XMP and the rules checked differ.
/// </summary>
public enum PdfStandard
{
    /// <summary>PDF/UA-1 and PDF/A-2a: accessible and archival (the default).</summary>
    Ua1A2a,

    /// <summary>PDF/A-2b: archival, visual appearance only.</summary>
    A2b,

    /// <summary>PDF/A-2u: archival with Unicode text.</summary>
    A2u,

    /// <summary>No claim; still tagged, with the structure the caller gives.</summary>
    None,
}
