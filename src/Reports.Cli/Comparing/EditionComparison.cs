using System.Security.Cryptography;
using System.Text.Json;
using Reports.Cli.Commands;
using Reports.Cli.Output;
using Reports.Domain.Changes;
using Reports.Domain.Loading;
using Reports.Domain.Model;

namespace Reports.Cli.Comparing;

/// <summary>
/// Finds the earlier edition a dataset is compared with (the --compare-to file, or the snapshot the last
/// run kept) and compares. An unreadable snapshot is a warning and the reports simply have no change
/// section: a refresh never fails because of what an earlier run left behind.
/// </summary>
internal sealed class EditionComparison(GenerateSettings settings, CliContext context, Manifest? previous, EarlierEdition? given)
{
    /// <summary>What the reports will be compared with, the outcome of the comparison, and any warning.</summary>
    public sealed record Outcome(ChangeSet? Changes, ComparisonRecord? Record, string? Warning)
    {
        public static Outcome None { get; } = new(null, null, null);
    }

    /// <summary>The earlier edition of this dataset; null with --no-compare or when no run kept a snapshot.</summary>
    public (EarlierEdition? Edition, string? Warning) Find(string inputPath, string inputDisplay)
    {
        if (!settings.Compare)
            return (null, null);
        if (given is not null)
            return (given, null);
        var path = Snapshots.PathFor(settings.OutDirectory, inputPath);
        var display = context.Display(path);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
                return (null, null);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Warning(display, $"the snapshot cannot be read ({e.Message.Replace(path, display, StringComparison.Ordinal)})"));
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new EarlierEdition(Snapshots.Relative(inputPath), display, bytes, sha, RecordedDate(inputDisplay, sha)), null);
    }

    /// <summary>What the manifest will record for this comparison, when that is known before reading the
    /// earlier edition; --if-changed skips a dataset only when it equals what the last run recorded.</summary>
    public static ComparisonRecord? Expected(EarlierEdition edition) =>
        (edition.Since ?? edition.Summit?.Event.Date) is { } since ? new ComparisonRecord(edition.Source, edition.Sha256, since) : null;

    public Outcome Compare(EarlierEdition? earlier, Summit later, string laterSha)
    {
        if (earlier is null)
            return Outcome.None;
        // An unchanged dataset is its own snapshot: the second read (and schema check) is skipped.
        var summit = earlier.Summit ?? (earlier.Sha256 == laterSha ? later : null);
        if (summit is null)
        {
            var loaded = SummitLoader.Load(earlier.Display, earlier.Bytes);
            if (!loaded.IsValid)
                return new Outcome(null, null, Unreadable(earlier, loaded));
            summit = loaded.Summit!;
        }
        var since = earlier.Since ?? summit.Event.Date;
        return new Outcome(SummitComparer.Compare(summit, later, since), new ComparisonRecord(earlier.Source, earlier.Sha256, since), null);
    }

    /// <summary>The date the last run's reports recorded, when the manifest shows that run kept this very snapshot.</summary>
    DateOnly? RecordedDate(string inputDisplay, string snapshotSha) =>
        previous?.Find(inputDisplay) is { Snapshot.Sha256: var recorded, ReportDate: { } date } && recorded == snapshotSha ? date : null;

    static string Unreadable(EarlierEdition earlier, LoadResult loaded)
    {
        var version = loaded.Errors.Any(e => e.Path == "$.schemaVersion") ? DeclaredVersion(earlier.Bytes) : null;
        return version is not null
            ? Warning(earlier.Display, $"the snapshot has schema version \"{version}\", which this version of Reports does not read")
            : Warning(earlier.Display, $"the snapshot is not a valid dataset ({loaded.Errors[0]})");
    }

    static string? DeclaredVersion(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("schemaVersion", out var v)
                ? v.ToString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static string Warning(string display, string problem) =>
        $"warning: {display}: {problem}; the reports are made without a change section.";
}
