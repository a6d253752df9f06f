using Reports.Layout;

namespace Reports.Pdf.Tests;

/// <summary>
/// SkiaSharp writes the PDF from native code; an output that fails (a full disk) must surface as an
/// ordinary exception from <see cref="PdfRenderer.Render(Layout.Model.DocumentSpec, LayoutOptions, Stream, PdfWriter.PdfStandard)"/>,
/// never end the process.
/// </summary>
public sealed class FailingOutputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2_000)]
    [InlineData(30_000)]
    public void A_write_failure_is_thrown_to_the_caller(int failAfterBytes)
    {
        using var output = new DiskFullStream(failAfterBytes);

        var error = Should.Throw<IOException>(() => PdfRenderer.Render(Some.Mixed(), LayoutOptions.Default, output));

        error.Message.ShouldBe("No space left on device");
    }

    private sealed class DiskFullStream(int capacity) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > capacity)
                throw new IOException("No space left on device");
            base.Write(buffer, offset, count);
        }
    }
}
