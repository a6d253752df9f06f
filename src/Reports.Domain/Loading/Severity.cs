namespace Reports.Domain.Loading;

/// <summary>Whether a problem stops a dataset (an error) or only needs a look (a warning: it still loads).</summary>
public enum Severity { Error, Warning }
