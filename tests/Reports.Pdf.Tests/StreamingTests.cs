using Reports.Layout;
using Reports.Layout.Model;
using Reports.Layout.Paging;

namespace Reports.Pdf.Tests;

/// <summary>Long documents are rendered page by page; the bytes must not depend on how.</summary>
public class StreamingTests
{
    [Fact]
    public void Rendering_page_by_page_gives_the_bytes_of_the_laid_out_document()
    {
        var document = Some.Mixed();

        using var streamed = new MemoryStream();
        PdfRenderer.Render(document, LayoutOptions.Default, streamed);

        streamed.ToArray().SequenceEqual(Rendered.Of(document).Bytes).ShouldBeTrue();
    }

    [Fact]
    public void The_pdf_goes_straight_into_a_write_only_output_with_its_bookmarks()
    {
        using var file = new MemoryStream();
        using var output = new WriteOnly(file);

        var result = PdfRenderer.Render(Some.Mixed(), LayoutOptions.Default, output);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(file.ToArray());
        pdf.NumberOfPages.ShouldBe(result.PageCount);
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks!.Roots.Count.ShouldBe(7);
    }

    [Fact]
    public void The_drawing_path_lays_the_document_out_once()
    {
        var mixed = Some.Mixed();
        var blocks = new CountingBlocks(mixed.Blocks);

        using var output = new MemoryStream();
        PdfRenderer.Render(mixed with { Blocks = blocks }, LayoutOptions.Default, output);

        blocks.Reads.ShouldBe(mixed.Blocks.Count);
    }

    [Fact]
    public void Pages_made_ahead_come_in_order_and_a_failure_reaches_the_reader()
    {
        var pages = Enumerable.Range(1, 50).Select(n => (IReadOnlyList<PlacedBox>)[new PlacedRect(new Rect(n, 0, 1, 1), "#000000")]);

        var read = PagesAhead<IReadOnlyList<PlacedBox>>.Of(pages).Select(p => (int)p[0].Bounds.X).ToList();
        var failing = PagesAhead<IReadOnlyList<PlacedBox>>.Of(Failing());

        read.ShouldBe(Enumerable.Range(1, 50));
        Should.Throw<InvalidOperationException>(() => failing.ToList()).Message.ShouldBe("layout failed");
    }

    [Fact]
    public void The_first_pages_are_made_on_the_readers_thread_and_the_rest_ahead_on_another()
    {
        var reader = Environment.CurrentManagedThreadId;
        var makers = new List<int>();
        var pages = Enumerable.Range(1, 6).Select(n =>
        {
            makers.Add(Environment.CurrentManagedThreadId);
            return (IReadOnlyList<PlacedBox>)[new PlacedRect(new Rect(n, 0, 1, 1), "#000000")];
        });

        var read = PagesAhead<IReadOnlyList<PlacedBox>>.Of(pages, inline: 3).Select(p => (int)p[0].Bounds.X).ToList();

        read.ShouldBe([1, 2, 3, 4, 5, 6]);
        makers.Take(3).ShouldBe([reader, reader, reader]);
        makers.Skip(3).ShouldAllBe(thread => thread != reader);
    }

    private static IEnumerable<IReadOnlyList<PlacedBox>> Failing()
    {
        yield return [];
        throw new InvalidOperationException("layout failed");
    }

    /// <summary>A document's blocks, counting how often layout reads one (once per block per pass).</summary>
    private sealed class CountingBlocks(IReadOnlyList<Block> blocks) : IReadOnlyList<Block>
    {
        public int Reads { get; private set; }

        public int Count => blocks.Count;

        public Block this[int index]
        {
            get
            {
                Reads++;
                return blocks[index];
            }
        }

        public IEnumerator<Block> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
                yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A stream that can only be written, like a pipe.</summary>
    private sealed class WriteOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
