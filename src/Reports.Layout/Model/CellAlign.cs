namespace Reports.Layout.Model;

/// <summary>Horizontal alignment of the text in a table column.</summary>
public enum CellAlign
{
    Left,
    Right,
    Center,
}
