namespace Reports.Layout.Model;

/// <summary>
/// One headline number: <paramref name="Value"/> as it should read ("~USD 200 bn"), a short label,
/// and an optional note for qualifier wording or the period.
/// </summary>
public sealed record KeyFigure(string Value, string Label, string? Note)
{
    /// <summary>A short mark set in the accent colour after the label ("Δ" for a figure revised since an
    /// earlier edition); null for none. The document explains it in a legend.</summary>
    public string? Marker { get; init; }
}
