using Reports.PdfWriter.Content;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter;

/// <summary>
/// A page's content drawn after the page was written: what only the end of the document tells (the page count
/// of "Page X of Y", a table of contents' page numbers), so a page can be drawn as soon as it is laid out. The
/// page's <c>/Contents</c> lists the stream drawn before <see cref="PageCanvas.Defer"/>, this one, then the stream
/// drawn after it: the page paints in that order however late this stream is written. Draw it between
/// <see cref="PdfDocumentWriter.BeginLate"/> and <see cref="PdfDocumentWriter.EndLate"/>, before
/// <see cref="PdfDocumentWriter.Finish"/>.
/// </summary>
/// <remarks>
/// The page's dictionary, resources and MCID count are written with the page, so late content holds glyph runs,
/// shapes and artifacts, tagged content only under the ids the page reserved for it
/// (<see cref="PageCanvas.ReserveTagged"/>), and it completes the links whose text ends in it
/// (<see cref="PageCanvas.AddLateLink"/>); it adds no link, destination, form, image or opacity of its own.
/// </remarks>
public sealed class LateContent
{
    internal LateContent(int pageIndex, int pageObject, PageSize size, int stream)
    {
        PageIndex = pageIndex;
        PageObject = pageObject;
        Size = size;
        Stream = stream;
    }

    /// <summary>0-based position of the page in the document.</summary>
    public int PageIndex { get; }

    internal int PageObject { get; }

    internal PageSize Size { get; }

    /// <summary>The object number of the late stream, reserved when the page was drawn.</summary>
    internal int Stream { get; }

    /// <summary>MCIDs the page reserved for tagged content drawn here, each drawn exactly once.</summary>
    internal List<int> Reserved { get; } = [];

    /// <summary>Links of the page whose annotation is written here, once its text is complete.</summary>
    internal List<(int Index, LinkAnnotation Link, AnnotationRecord Record)> Links { get; } = [];

    internal bool Written { get; set; }
}
