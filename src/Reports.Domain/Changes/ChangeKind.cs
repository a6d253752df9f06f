namespace Reports.Domain.Changes;

/// <summary>What happened to a thing between two editions of a dataset.</summary>
public enum ChangeKind { Changed, Added, Removed }
