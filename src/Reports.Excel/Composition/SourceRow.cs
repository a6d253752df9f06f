using Reports.Domain.Model;

namespace Reports.Excel.Composition;

/// <summary>One row of the Sources sheet: a source, one excerpt quoted from it and the indicators resting on it.</summary>
/// <param name="Row">The sheet row (1-based).</param>
/// <param name="Excerpt">Null for a source no indicator quotes.</param>
internal sealed record SourceRow(int Row, Source Source, string? Excerpt, IReadOnlyList<string> IndicatorIds);
