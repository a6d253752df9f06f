namespace Reports.Cli.Branding;

/// <summary>
/// The brand a dataset's reports were made with, as the manifest records it: the brand file (as displayed) and
/// one SHA-256 over it and every asset it names (logos, fonts), so --if-changed rebuilds when any of them changes.
/// </summary>
internal sealed record BrandRecord(string Path, string Sha256);
