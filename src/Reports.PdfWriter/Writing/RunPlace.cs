namespace Reports.PdfWriter.Writing;

/// <summary>Where a glyph run is ("page 3, text 'Trade reached…'"), made into words only when a problem is reported.</summary>
public readonly record struct RunPlace(string Where, string Text)
{
    public override string ToString() => $"{Where}, text '{ClusterText.Excerpt(Text)}'";
}
