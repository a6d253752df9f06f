namespace Reports.Layout.Model;

/// <summary>
/// A table column. <paramref name="RelativeWidth"/> is a weight: the columns share the content width
/// in proportion to their weights.
/// </summary>
public sealed record TableColumn(string Header, double RelativeWidth, CellAlign Align = CellAlign.Left)
{
    /// <summary>
    /// Text the column must hold on one line in the body style (its widest value, or a sample of the
    /// widest form, such as "0000-00-00" for dates): the column is widened to it and the others give up
    /// width in proportion to their weights. Null: the weight alone decides.
    /// </summary>
    public string? FitText { get; init; }
}
