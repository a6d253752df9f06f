using Reports.Layout;
using Reports.Layout.Model;
using Reports.Layout.Paging;
using UglyToad.PdfPig;

namespace Reports.Pdf.Tests;

/// <summary>A document laid out and rendered once: the layout, the PDF bytes, and PdfPig to read them back.</summary>
internal sealed class Rendered
{
    private Rendered(LaidOutDocument layout, byte[] bytes)
    {
        Layout = layout;
        Bytes = bytes;
    }

    public LaidOutDocument Layout { get; }

    public byte[] Bytes { get; }

    public static Rendered Of(DocumentSpec document, LayoutOptions? options = null)
    {
        var layout = DocumentLayout.Layout(document, options ?? LayoutOptions.Default);
        using var output = new MemoryStream();
        PdfRenderer.Render(layout, output);
        return new Rendered(layout, output.ToArray());
    }

    public PdfDocument Open() => PdfDocument.Open(Bytes);

    /// <summary>Writes the PDF under the temp directory, to look at while developing.</summary>
    public Rendered Save(string name)
    {
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), $"reports-layout-{name}.pdf"), Bytes);
        return this;
    }
}
