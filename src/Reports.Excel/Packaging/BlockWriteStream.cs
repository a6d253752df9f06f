namespace Reports.Excel.Packaging;

/// <summary>
/// Hands what is written to the stream below in blocks of one fixed size (the last one shorter), whatever sizes
/// the writer above uses. The deflater .NET ships (zlib-ng) compresses the same bytes differently when they come
/// in small pieces, so a part streamed through this deflates as it would in one piece, whichever XML writer made it.
/// </summary>
internal sealed class BlockWriteStream(Stream inner, int blockSize = BlockWriteStream.DefaultBlockSize) : Stream
{
    /// <summary>Deflate's 64 KB: blocks of it or any multiple compress as the whole part does at once.</summary>
    public const int DefaultBlockSize = 64 * 1024;

    readonly byte[] _block = new byte[blockSize];
    int _filled;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Math.Min(buffer.Length, _block.Length - _filled);
            buffer[..taken].CopyTo(_block.AsSpan(_filled));
            _filled += taken;
            buffer = buffer[taken..];
            if (_filled == _block.Length)
                Drain();
        }
    }

    /// <summary>Writes nothing below until a block is full or the stream is closed: a flush mid-way would split a block.</summary>
    public override void Flush()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Drain();
        base.Dispose(disposing);
    }

    void Drain()
    {
        inner.Write(_block, 0, _filled);
        _filled = 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
