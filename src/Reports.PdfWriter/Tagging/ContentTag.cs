namespace Reports.PdfWriter.Tagging;

/// <summary>
/// How a tagged sequence is marked in the content stream: its tag name (by convention the structure type
/// of the element it will belong to) and optional marked-content properties.
/// </summary>
public sealed record ContentTag(TagKind Kind)
{
    /// <summary>BCP 47 language of just this content (<c>/Lang</c> in the property list).</summary>
    public string? Lang { get; init; }

    /// <summary>What the content stands for, when its glyphs do not spell it (<c>/ActualText</c>).</summary>
    public string? ActualText { get; init; }
}
