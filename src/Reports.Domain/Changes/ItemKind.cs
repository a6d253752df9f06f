namespace Reports.Domain.Changes;

/// <summary>The kinds of dataset entry, besides indicators, whose arrival or removal a reader is told about.</summary>
public enum ItemKind { KeyJudgement, Agreement, Quote, Source }
