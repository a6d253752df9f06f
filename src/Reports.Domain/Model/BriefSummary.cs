namespace Reports.Domain.Model;

/// <summary>What the executive summary leads with.</summary>
/// <param name="HeadlineIndicatorIds">Indicators shown as headline cards, in order.</param>
public sealed record BriefSummary(
    IReadOnlyList<KeyJudgement> KeyJudgements,
    IReadOnlyList<string> HeadlineIndicatorIds);

/// <summary>One sentence of assessment and the indicators it rests on.</summary>
public sealed record KeyJudgement(string Text, IReadOnlyList<string> IndicatorIds);
