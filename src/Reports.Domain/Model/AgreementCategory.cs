namespace Reports.Domain.Model;

/// <summary>A kind of document signed (joint statements, declarations, agreements…).</summary>
public sealed record AgreementCategory(string Id, string Name, IReadOnlyList<Agreement> Documents);

/// <summary>One signed document as the source describes it.</summary>
public sealed record Agreement(string Title, string? Description, string SourceId, string? SourceExcerpt);
