using Reports.Layout.Paging;

namespace Reports.Layout.Tests;

/// <summary>Pagination reads the flow of slices lazily, so a long document is never held whole (the renderer's side: Reports.Pdf.Tests' StreamingTests).</summary>
public class StreamingPaginationTests
{
    [Fact]
    public void Pages_come_out_before_the_flow_is_read_to_its_end()
    {
        var geometry = PageGeometry.For(PageSizeKind.A4);
        var read = 0;

        var first = Paginator.Paginate(geometry, Lines(() => read++)).First();

        first.Count.ShouldBe(read - 1);
        read.ShouldBeLessThan(100);
    }

    /// <summary>An endless flow of 20-point lines, each a rule, counting the slices read.</summary>
    private static IEnumerable<Slice> Lines(Action onRead)
    {
        while (true)
        {
            onRead();
            yield return new Slice(20, [new PlacedRect(new Rect(0, 0, 10, 1), "#000000")]);
        }
    }
}
