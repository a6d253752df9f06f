using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Reports.Excel.Tests;

public sealed class PackageTests
{
    [Fact]
    public void Two_runs_with_the_same_input_are_byte_identical()
    {
        var first = Workbooks.Write(Some.Summit()).Bytes;
        Clock.WaitForNextZipTimestamp();
        var second = Workbooks.Write(Some.Summit()).Bytes;

        second.ShouldBe(first);
    }

    [Fact]
    public void Hostile_and_generated_runs_are_byte_identical_too()
    {
        Workbooks.Write(Some.Hostile()).Bytes.ShouldBe(Workbooks.Write(Some.Hostile()).Bytes);
        Workbooks.Write(Some.Generated(500)).Bytes.ShouldBe(Workbooks.Write(Some.Generated(500)).Bytes);
    }

    [Fact]
    public void Generated_at_is_the_only_clock_in_the_file()
    {
        var later = Some.Options with { GeneratedAt = Some.GeneratedAt.AddDays(1) };

        var bytes = Workbooks.Write(Some.Summit(), later).Bytes;

        bytes.ShouldNotBe(Workbooks.Write(Some.Summit()).Bytes);
        using var package = Workbooks.Package(bytes);
        package.PackageProperties.Modified.ShouldBe(later.GeneratedAt.UtcDateTime);
    }

    [Fact]
    public void Zip_entries_are_in_a_fixed_order_with_a_fixed_time_and_no_random_names()
    {
        using var zip = new ZipArchive(new MemoryStream(Workbooks.Write(Some.Summit()).Bytes));

        var names = zip.Entries.Select(e => e.FullName).ToList();

        names.Take(3).ShouldBe(["[Content_Types].xml", "_rels/.rels", "docProps/core.xml"]);
        names.Skip(3).ShouldBe(names.Skip(3).OrderBy(n => n, StringComparer.Ordinal));
        names.ShouldNotContain(n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
        zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("hostile")]
    [InlineData("generated")]
    public void Open_xml_validator_reports_no_error(string which)
    {
        var summit = which switch
        {
            "seed" => Some.Summit(),
            "hostile" => Some.Hostile(),
            _ => Some.Generated(250),
        };
        using var package = Workbooks.Package(Workbooks.Write(summit).Bytes);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
            WorkbookWriter.Write(Some.Summit(), Some.Options, forwardOnly);

        buffer.ToArray().ShouldBe(Workbooks.Write(Some.Summit()).Bytes);
    }

    [Fact]
    public void Ten_thousand_indicators_make_a_full_workbook()
    {
        var summit = Some.Generated(10_000);

        var (bytes, result) = Workbooks.Write(summit);

        result.IndicatorRows.ShouldBe(10_000);
        result.ChartCount.ShouldBe(5);
        using var package = Workbooks.Package(bytes);
        var sheet = ChartTests.Sheet(package, "Indicators");
        sheet.TableDefinitionParts.Single().Table.Reference!.Value.ShouldBe("A1:M10001");
        var last = sheet.Worksheet.Descendants<X.Row>().Last();
        last.RowIndex!.Value.ShouldBe(10_001u);
        last.Elements<X.Cell>().Single(c => c.CellReference == "D10001").CellValue!.Text
            .ShouldBe(summit.Indicators[^1].Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
