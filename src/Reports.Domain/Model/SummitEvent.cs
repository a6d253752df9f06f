namespace Reports.Domain.Model;

/// <summary>The meeting itself.</summary>
/// <param name="DateNote">Why the date is what it is when the source does not state it; null when stated.</param>
/// <param name="DurationIndicatorId">The indicator holding the length of the talks, if the dataset has one.</param>
/// <param name="DocumentsSignedIndicatorId">The indicator holding the number of documents signed, if any.</param>
/// <param name="EndDate">The last day of a summit of several days, on or after <paramref name="Date"/>; null for one day.</param>
public sealed record SummitEvent(
    string Title,
    string? Subtitle,
    DateOnly Date,
    bool DateInferred,
    string? DateNote,
    string Place,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<Leader> Leaders,
    string? DurationIndicatorId,
    string? DocumentsSignedIndicatorId,
    DateOnly? EndDate = null);

/// <summary>A state or organisation taking part. Names may be in any script.</summary>
/// <param name="NativeNameLanguage">The BCP 47 tag of the language <paramref name="NativeName"/> is in ("ru"), when given.</param>
public sealed record Party(string Id, string Name, string? NativeName, string? NativeNameLanguage = null);

/// <summary>A person who led a delegation.</summary>
/// <param name="NativeNameLanguage">The BCP 47 tag of the language <paramref name="NativeName"/> is in, when given.</param>
public sealed record Leader(string Name, string Role, string PartyId, string? NativeName, string? NativeNameLanguage = null);
