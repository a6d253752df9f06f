namespace Reports.Pdf;

/// <summary>What writing a brief produced.</summary>
public sealed record BriefResult(int PageCount, IReadOnlyDictionary<string, int> SectionPages);
