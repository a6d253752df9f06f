namespace Reports.Layout.Paging;

/// <summary>One page: its 1-based number and its boxes in drawing order.</summary>
public sealed record LaidOutPage(int Number, IReadOnlyList<PlacedBox> Boxes)
{
    /// <summary>
    /// The page as the PDF renderer draws it, exactly as it draws a long document's: <see cref="Boxes"/> before
    /// its late boxes were put in their places (<see cref="PageFinisher.Merge"/>), and those late boxes. Null for
    /// a page made otherwise: <see cref="Boxes"/> is drawn as it is.
    /// </summary>
    public IReadOnlyList<PlacedBox>? Drawing { get; init; }

    /// <inheritdoc cref="Drawing"/>
    public LateBoxes Late { get; init; } = LateBoxes.None;
}
