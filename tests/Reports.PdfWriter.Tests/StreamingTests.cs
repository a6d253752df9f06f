using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;

namespace Reports.PdfWriter.Tests;

/// <summary>Pages go to the stream as they end: nothing of a page is kept to be written later, and nothing written is rewritten.</summary>
public sealed class StreamingTests
{
    [SkippableFact]
    public void Each_page_is_on_the_stream_when_it_ends_and_its_bytes_never_change_afterwards()
    {
        Some.RequireFonts();
        using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, Some.Info);
        var root = new TagGroup(Tag.Document);
        var snapshots = new List<byte[]>();
        for (var i = 0; i < 5; i++)
        {
            var page = writer.BeginPage(PageSize.A4);
            var line = $"Line {i} " + new string('x', 200);
            TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, line, 72, 100));
            writer.EndPage();
            snapshots.Add(stream.ToArray());
            System.Text.Encoding.Latin1.GetString(snapshots[^1]).ShouldEndWith("/StructParents " + i + " /Tabs /S>>\nendobj\n");
        }

        writer.Finish(new TagTree().Add(root)).Errors.ShouldBeEmpty();
        var file = stream.ToArray();
        for (var i = 1; i < snapshots.Count; i++)
            (snapshots[i].Length - snapshots[i - 1].Length).ShouldBeGreaterThan(200);
        foreach (var snapshot in snapshots)
            file.Take(snapshot.Length).SequenceEqual(snapshot).ShouldBeTrue();
    }
}
