namespace Reports.PdfWriter.Validation;

/// <summary>A broken rule, where it is broken ("page 3", "tag tree: Document › Sect › Figure") and what is wrong and would be right.</summary>
public sealed record ValidationError(Violation Rule, string Where, string Detail)
{
    public override string ToString() => $"{Where}: {Detail} ({Rule})";
}
