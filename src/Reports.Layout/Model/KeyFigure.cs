namespace Reports.Layout.Model;

/// <summary>
/// One headline number: <paramref name="Value"/> as it should read ("~USD 200 bn"), a short label, and a
/// note (period, source, qualifier wording; empty for none). Label and note are spans so that each part
/// carries its language: the dataset's label or note in a brief of another language is isolated and keeps
/// its full stop at its own end.
/// </summary>
public sealed record KeyFigure(string Value, IReadOnlyList<Span> Label, IReadOnlyList<Span> Note)
{
    /// <summary>A card of plain texts in the document's language; a null note for none.</summary>
    public KeyFigure(string value, string label, string? note)
        : this(value, Span.Plain(label), note is { Length: > 0 } ? Span.Plain(note) : [])
    {
    }

    /// <summary>A short mark set in the accent colour after the label ("Δ" for a figure revised since an
    /// earlier edition); null for none. The document explains it in a legend.</summary>
    public string? Marker { get; init; }

    /// <summary>
    /// The value as spans where it mixes directions ("USD 4.7 bn على الأقل": the figure isolated inside the
    /// qualifier's words); null (the default): <see cref="Value"/> laid out whole, as one isolated figure. The
    /// spans' text is the value's.
    /// </summary>
    public IReadOnlyList<Span>? ValueSpans { get; init; }
}
