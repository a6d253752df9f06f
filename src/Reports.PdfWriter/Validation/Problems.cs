namespace Reports.PdfWriter.Validation;

/// <summary>The rule breaks found while a document is written, kept until it is finished.</summary>
public sealed class Problems
{
    private readonly List<ValidationError> errors = [];

    public IReadOnlyList<ValidationError> All => errors;

    public void Add(Violation rule, string where, string detail) => errors.Add(new ValidationError(rule, where, detail));
}
