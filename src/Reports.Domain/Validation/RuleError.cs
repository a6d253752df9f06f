namespace Reports.Domain.Validation;

/// <summary>A broken domain rule, located by JSON path; the loader adds file, line and column.</summary>
internal sealed record RuleError(string Path, string Problem, string? Expected, Loading.Severity Severity = Loading.Severity.Error);
