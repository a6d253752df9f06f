namespace Reports.Domain.Model;

/// <summary>The meeting itself.</summary>
/// <param name="DateNote">Why the date is what it is when the source does not state it; null when stated.</param>
/// <param name="DurationIndicatorId">The indicator holding the length of the talks, if the dataset has one.</param>
/// <param name="DocumentsSignedIndicatorId">The indicator holding the number of documents signed, if any.</param>
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
    string? DocumentsSignedIndicatorId);

/// <summary>A state or organisation taking part. Names may be in any script.</summary>
public sealed record Party(string Id, string Name, string? NativeName);

/// <summary>A person who led a delegation.</summary>
public sealed record Leader(string Name, string Role, string PartyId, string? NativeName);
