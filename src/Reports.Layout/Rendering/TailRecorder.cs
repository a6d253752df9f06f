namespace Reports.Layout.Rendering;

/// <summary>
/// The stream SkiaSharp writes the PDF through: every byte goes straight on to the output, so the
/// file is never held in memory. It counts what passed (SkiaSharp takes its object offsets from
/// <see cref="Position"/>, which must start at 0) and, from <see cref="StartRecording"/> on, keeps a
/// copy: what Skia writes when the document closes (page tree, catalog, destinations, fonts,
/// cross-reference table) is all the bookmark update needs to read.
/// SkiaSharp calls <see cref="Write(ReadOnlySpan{byte})"/> from native code, where a managed exception
/// cannot pass and would end the process (a full disk did). So a failed write is kept, later writes are
/// dropped, and <see cref="ThrowIfFailed"/> rethrows it once control is back in managed code.
/// </summary>
internal sealed class TailRecorder(Stream output) : Stream
{
    private MemoryStream? recorded;
    private long recordingStart;
    private long written;
    private System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => written;

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException("The PDF is written front to back.");
    }

    public void StartRecording()
    {
        recorded = new MemoryStream();
        recordingStart = written;
    }

    /// <summary>The end of the PDF as written since <see cref="StartRecording"/>.</summary>
    public PdfTail Tail() => PdfTail.Read(
        recorded?.ToArray() ?? throw new InvalidOperationException("Call StartRecording before the document is closed."),
        recordingStart);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (failure is not null)
            return;
        try
        {
            output.Write(buffer);
        }
        catch (Exception e)
        {
            failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            return;
        }

        recorded?.Write(buffer);
        written += buffer.Length;
    }

    public override void Flush()
    {
        if (failure is not null)
            return;
        try
        {
            output.Flush();
        }
        catch (Exception e)
        {
            failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>Rethrows the first write failure, if any, with its original stack trace.</summary>
    public void ThrowIfFailed() => failure?.Throw();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
