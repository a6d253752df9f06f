namespace Reports.Layout.Model;

/// <summary>
/// A table column. <paramref name="RelativeWidth"/> is a weight: the columns share the content width
/// in proportion to their weights.
/// </summary>
public sealed record TableColumn(string Header, double RelativeWidth, CellAlign Align = CellAlign.Left);
