namespace Reports.Domain.Model;

/// <summary>One number from the source, with everything needed to read it honestly.</summary>
/// <param name="Id">Stable identifier, lower-case kebab case.</param>
/// <param name="Value">The figure in <paramref name="Unit"/>; always finite.</param>
/// <param name="Unit">A unit known to <see cref="Units"/>.</param>
/// <param name="Period">When the figure applies: "2024", "2024/2025", "2025-05" or "2025-05-08".</param>
/// <param name="QualifierText">The source's own wording of the qualifier ("nearly three dozen"), if any.</param>
/// <param name="Note">Context a reader needs ("a record"), if any.</param>
/// <param name="IsChange">The figure is a change (a rise or a fall) rather than a level, so it may be
/// negative whatever its unit; a rise is written with a plus.</param>
public sealed record Indicator(
    string Id,
    string Label,
    double Value,
    Unit Unit,
    string Period,
    string ThemeId,
    Qualifier Qualifier,
    string? QualifierText,
    IndicatorKind Kind,
    Direction? Direction,
    string SourceId,
    string SourceExcerpt,
    string? Note,
    bool IsChange = false);

/// <summary>How exact the figure is. <see cref="Nearly"/> is just below the value ("nearly three dozen"),
/// <see cref="UpTo"/> a ceiling the source states.</summary>
public enum Qualifier { Exact, Approximately, AtLeast, MoreThan, UpTo, Nearly }

/// <summary>Whether the figure happened, is aimed for, or is expected.</summary>
public enum IndicatorKind { Actual, Target, Forecast }

/// <summary>A flow from one party to another (e.g. visitors from Russia to China).</summary>
public sealed record Direction(string FromPartyId, string ToPartyId);
