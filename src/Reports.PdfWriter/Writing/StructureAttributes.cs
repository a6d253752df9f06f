using Reports.PdfWriter.Tagging;

namespace Reports.PdfWriter.Writing;

/// <summary>A structure element's entries beyond its type: Alt, ActualText, Lang, T, and the Table, Layout and List attribute objects.</summary>
internal static class StructureAttributes
{
    public static void Write(PdfBuffer body, Tag tag, double? bboxPageHeight)
    {
        if (tag.Alt is { } alt)
            body.Raw(" /Alt ").Text(alt);
        if (tag.ActualText is { } actual)
            body.Raw(" /ActualText ").Text(actual);
        if (tag.Lang is { } lang)
            body.Raw(" /Lang ").Text(lang);
        if (tag.Title is { } title)
            body.Raw(" /T ").Text(title);

        // Written in place, without a list of writers: the tree of a 100,000-row table has a million elements.
        var table = tag.Scope is not null || tag.RowSpan != 1 || tag.ColSpan != 1;
        var layout = tag.BBox is not null && bboxPageHeight is not null;
        if (!table && !layout && tag.Numbering is null)
            return;
        body.Raw(" /A [");
        if (table)
            Table(body, tag);
        if (tag.BBox is { } box && bboxPageHeight is { } height)
        {
            body.Raw("<</O /Layout /BBox [").Number(box.X).Space().Number(height - box.Bottom).Space()
                .Number(box.Right).Space().Number(height - box.Y).Raw("]>>");
        }

        if (tag.Numbering is { } numbering)
            body.Raw("<</O /List /ListNumbering /").Raw(numbering.ToString()).Raw(">>");
        body.Raw("]");
    }

    private static void Table(PdfBuffer body, Tag tag)
    {
        body.Raw("<</O /Table");
        if (tag.Scope is { } scope)
            body.Raw(" /Scope /").Raw(scope.ToString());
        if (tag.RowSpan != 1)
            body.Raw(" /RowSpan ").Int(tag.RowSpan);
        if (tag.ColSpan != 1)
            body.Raw(" /ColSpan ").Int(tag.ColSpan);
        body.Raw(">>");
    }
}
