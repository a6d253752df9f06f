using Reports.Domain.Model;

namespace Reports.Cli.Comparing;

/// <summary>The dataset a run compares with, as found: its bytes, and the summit once read.</summary>
/// <param name="Source">How the manifest names it: ".snapshots/x.json", or the --compare-to path.</param>
/// <param name="Display">How messages name it: "output/.snapshots/x.json", or the --compare-to path.</param>
/// <param name="Since">The date the earlier edition's reports recorded, when the manifest knows it; otherwise
/// the earlier edition's own event date is used.</param>
/// <param name="Summit">Already read and valid (--compare-to is checked before the run); null for a snapshot,
/// which is read only when it is needed.</param>
internal sealed record EarlierEdition(string Source, string Display, byte[] Bytes, string Sha256, DateOnly? Since, Summit? Summit = null);
