namespace Reports.Domain.Changes;

/// <summary>The event's dates as the later edition gives them differently: its first day and, for a summit
/// of several days, its last (null for one day).</summary>
public sealed record DateChange(DateOnly Before, DateOnly After, DateOnly? BeforeEnd = null, DateOnly? AfterEnd = null);
