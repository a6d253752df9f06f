using System.Buffers;
using System.Collections.Concurrent;
using System.IO.MemoryMappedFiles;

namespace Reports.Shared;

/// <summary>
/// A file's bytes mapped read-only, one mapping per file for the life of the process (mapped again when the
/// file's length or time changes). Font files are read this way, not copied into arrays: a brief touches a few
/// pages of the shipped 7 MB CJK face, and reading faces whole (HarfBuzz reads a file whole, the PDF writer
/// read it again) was a seed run's largest source of page faults after its own start-up. Compiled into the
/// two libraries that read fonts (text shaping and the PDF writer), which share no other code.
/// </summary>
/// <remarks>
/// Hand-written: .NET's <see cref="MemoryMappedFile"/> makes the mapping but gives no <see cref="Memory{T}"/>
/// over it. The bytes stay valid while the object is reachable: hold it as long as a pointer to them is used
/// (a HarfBuzz blob). A mapped file truncated by another program while a run reads it ends the run, as
/// SkiaSharp's own mappings of the same fonts do.
/// </remarks>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private static readonly ConcurrentDictionary<string, MappedFile> Files = new(StringComparer.Ordinal);

    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;
    private readonly byte* start;
    private readonly long ticks;

    private MappedFile(string path, int length, long ticks)
    {
        Length = length;
        this.ticks = ticks;
        if (length == 0)
            return; // an empty file cannot be mapped; it reads as no bytes
        map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        start = pointer + view.PointerOffset;
    }

    public int Length { get; }

    /// <summary>The first byte (valid while this object is reachable).</summary>
    public IntPtr Pointer => (IntPtr)start;

    public ReadOnlySpan<byte> Span => new(start, Length);

    public ReadOnlyMemory<byte> Bytes => Memory;

    /// <summary>The file's bytes: the mapping made before if the file is unchanged, else a new one.</summary>
    /// <exception cref="IOException">The file cannot be read (missing, a folder, over 2 GB).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static MappedFile Open(string path)
    {
        var info = new FileInfo(path);
        var length = info.Length; // FileNotFoundException when missing or a folder
        var ticks = info.LastWriteTimeUtc.Ticks;
        if (Files.TryGetValue(path, out var known) && known.ticks == ticks && known.Length == length)
            return known;
        if (length > int.MaxValue)
            throw new IOException($"'{path}' is over 2 GB.");
        var mapped = new MappedFile(path, (int)length, ticks);
        Files[path] = mapped;
        return mapped;
    }

    public override Span<byte> GetSpan() => new(start, Length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        // Never unmapped by hand: spans and blobs over the bytes may outlive any owner's use of them. The
        // view's own handle unmaps the file once this object is unreachable.
    }
}
