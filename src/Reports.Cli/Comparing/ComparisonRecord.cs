namespace Reports.Cli.Comparing;

/// <summary>What a dataset's reports were compared with, as the manifest records it: part of what
/// --if-changed checks, since another earlier edition changes the reports.</summary>
/// <param name="Source">".snapshots/x.json", or the --compare-to path.</param>
/// <param name="Since">The date the change section is headed with.</param>
internal sealed record ComparisonRecord(string Source, string Sha256, DateOnly Since);
