using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Writing;

/// <summary>
/// The graphics-state part of a <see cref="GraphicGroup"/>: its transform, flipped into PDF space, then its
/// clip and line style. The caller wraps it and the group's content in <c>q … Q</c>.
/// </summary>
internal static class GroupWriter
{
    /// <summary>
    /// A top-left-space transform M as the <c>cm</c> that does the same in PDF space (flipped by the space height
    /// h): F·M·F with F(x, y) = (x, h − y), which is [a, −b, −c, d, c·h + e, h − d·h − f].
    /// </summary>
    public static void Transform(PdfBuffer content, Matrix m, double h)
    {
        if (m.IsIdentity)
            return;
        content.Number(m.A).Space().Number(-m.B).Space().Number(-m.C).Space().Number(m.D).Space()
            .Number((m.C * h) + m.E).Space().Number(h - (m.D * h) - m.F).Raw(" cm\n");
    }

    public static void Line(PdfBuffer content, LineStyle line)
    {
        content.Int((int)line.Cap).Raw(" J ").Int((int)line.Join).Raw(" j ").Number(line.MiterLimit).Raw(" M [");
        for (var i = 0; i < line.Dash.Count; i++)
            content.Raw(i == 0 ? "" : " ").Number(line.Dash[i]);
        content.Raw("] ").Number(line.DashPhase).Raw(" d\n");
    }
}
