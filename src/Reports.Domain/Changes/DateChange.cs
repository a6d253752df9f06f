namespace Reports.Domain.Changes;

/// <summary>A date the later edition gives differently (the event's date).</summary>
public sealed record DateChange(DateOnly Before, DateOnly After);
