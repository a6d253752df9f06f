namespace Reports.Layout.Model;

/// <summary>
/// One headline number: <paramref name="Value"/> as it should read ("~USD 200 bn"), a short label,
/// and an optional note for qualifier wording or the period.
/// </summary>
public sealed record KeyFigure(string Value, string Label, string? Note);
