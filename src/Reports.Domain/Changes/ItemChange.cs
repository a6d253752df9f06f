namespace Reports.Domain.Changes;

/// <summary>A key judgement, agreement, quote or source that one edition has and the other has not.</summary>
/// <param name="Text">What the entry says: the judgement, the document's title, the quote, the source's title.</param>
/// <param name="Detail">Where it belongs, when that helps a reader: the agreement's category, the quote's
/// speaker, the source's id; null for key judgements.</param>
public sealed record ItemChange(ItemKind Item, ChangeKind Kind, string Text, string? Detail);
