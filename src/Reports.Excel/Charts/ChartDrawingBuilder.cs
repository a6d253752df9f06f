using Reports.Excel.Composition;
using Reports.Excel.Text;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Reports.Excel.Charts;

/// <summary>The anchor that places a chart over the Charts sheet's cells and points at its chart part.</summary>
internal static class ChartDrawingBuilder
{
    public static Xdr.TwoCellAnchor Anchor(ChartBlock block, string chartRelationshipId) => new(
        Marker(new Xdr.FromMarker(), block.Anchor.FromColumn, block.Anchor.FromRow),
        Marker(new Xdr.ToMarker(), block.Anchor.ToColumn, block.Anchor.ToRow),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(
                new Xdr.NonVisualDrawingProperties { Id = (uint)(block.Number + 1), Name = $"Chart {block.Number}", Description = CellText.XmlSafe(block.Spec.Title) },
                new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartRelationshipId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { Macro = "" },
        new Xdr.ClientData())
    { EditAs = Xdr.EditAsValues.OneCell };

    static T Marker<T>(T marker, int column, int row)
        where T : DocumentFormat.OpenXml.OpenXmlCompositeElement
    {
        marker.Append(
            new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
