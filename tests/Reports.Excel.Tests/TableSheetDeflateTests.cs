using System.IO.Compression;
using Reports.Excel.Packaging;

namespace Reports.Excel.Tests;

/// <summary>
/// The table sheets are written straight into the finished package and deflated once. The deflater .NET ships
/// compresses the same bytes differently when they come in small pieces, so those parts go to it in 64 KB blocks:
/// the bytes are then those of the part deflated in one piece, whatever the XML writer's buffer.
/// </summary>
public sealed class TableSheetDeflateTests
{
    [Fact]
    public void A_large_table_sheet_is_deflated_as_its_content_is_in_one_piece()
    {
        using var zip = new ZipArchive(new MemoryStream(Workbooks.Write(Some.Generated(3000)).Bytes));
        var sheet = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
        using var content = new MemoryStream();
        using (var part = sheet.Open())
            part.CopyTo(content);

        using var deflated = new MemoryStream();
        using (var deflater = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            deflater.Write(content.ToArray());

        sheet.Length.ShouldBeGreaterThan(1_000_000);
        sheet.CompressedLength.ShouldBe(deflated.Length);
    }

    [Fact]
    public void Block_stream_hands_on_full_blocks_and_the_rest_when_closed()
    {
        var inner = new RecordingStream();

        using (var blocks = new BlockWriteStream(inner))
        {
            blocks.Write(new byte[10]);
            blocks.Write(new byte[70_000]);
            blocks.Flush();
            blocks.Write(new byte[5]);
        }

        inner.Writes.ShouldBe([65_536, 4_479]);
    }

    sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }
    }
}
