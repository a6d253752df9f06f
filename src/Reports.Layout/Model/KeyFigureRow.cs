namespace Reports.Layout.Model;

/// <summary>
/// Key figures as cards side by side, at most four to a row (more wrap onto balanced rows).
/// The whole row set is never split across pages.
/// </summary>
public sealed record KeyFigureRow(IReadOnlyList<KeyFigure> Figures) : Block;
