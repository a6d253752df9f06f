using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Reports.Excel.Tests;

/// <summary>The package is written as Excel writes its own files, which readers built against Excel's output expect.</summary>
public sealed class ExcelConventionTests
{
    readonly byte[] bytes = Workbooks.Write(Some.Summit()).Bytes;

    [Theory]
    [InlineData("[Content_Types].xml", "Types")]
    [InlineData("_rels/.rels", "Relationships")]
    [InlineData("docProps/app.xml", "Properties")]
    [InlineData("docProps/core.xml", "cp:coreProperties")]
    [InlineData("xl/workbook.xml", "workbook")]
    [InlineData("xl/styles.xml", "styleSheet")]
    [InlineData("xl/sharedStrings.xml", "sst")]
    [InlineData("xl/calcChain.xml", "calcChain")]
    [InlineData("xl/worksheets/sheet1.xml", "worksheet")]
    [InlineData("xl/worksheets/sheet2.xml", "worksheet")]
    [InlineData("xl/worksheets/sheet3.xml", "worksheet")]
    [InlineData("xl/worksheets/sheet6.xml", "worksheet")]
    [InlineData("xl/tables/table1.xml", "table")]
    [InlineData("xl/_rels/workbook.xml.rels", "Relationships")]
    [InlineData("xl/drawings/drawing1.xml", "xdr:wsDr")]
    [InlineData("xl/drawings/charts/chart1.xml", "c:chartSpace")]
    [InlineData("xl/theme/theme1.xml", "a:theme")]
    public void Each_part_s_root_element_has_the_prefix_Excel_gives_it(string part, string root)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var stream = zip.GetEntry(part)!.Open();
        using var reader = XmlReader.Create(stream);

        reader.MoveToContent();

        reader.Name.ShouldBe(root);
    }

    [Fact]
    public void No_part_uses_a_prefix_for_SpreadsheetML_or_starts_with_a_byte_order_mark()
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));

        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            content.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, entry.FullName);
            var text = System.Text.Encoding.UTF8.GetString(content);
            text.ShouldNotContain("<x:", Case.Sensitive, entry.FullName);
            text.ShouldNotContain("<ap:", Case.Sensitive, entry.FullName);
        }
    }

    [Theory]
    [InlineData("_rels/.rels", "xl/workbook.xml")]
    [InlineData("_rels/.rels", "docProps/core.xml")]
    [InlineData("_rels/.rels", "docProps/app.xml")]
    [InlineData("xl/_rels/workbook.xml.rels", "worksheets/sheet1.xml")]
    [InlineData("xl/_rels/workbook.xml.rels", "styles.xml")]
    [InlineData("xl/worksheets/_rels/sheet2.xml.rels", "../tables/table1.xml")]
    [InlineData("xl/worksheets/_rels/sheet3.xml.rels", "../drawings/drawing1.xml")]
    [InlineData("xl/drawings/_rels/drawing1.xml.rels", "charts/chart1.xml")]
    public void Relationships_point_at_their_parts_relative_to_the_source_part(string part, string target)
    {
        Targets(part).ShouldContain(target);
    }

    [Fact]
    public void No_internal_relationship_target_is_absolute()
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));

        var absolute = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .SelectMany(e => Relationships(e).Where(r => (string?)r.Attribute("TargetMode") != "External")
                .Select(r => $"{e.FullName}: {(string?)r.Attribute("Target")}"))
            .Where(t => t.Contains(": /", StringComparison.Ordinal)).ToList();

        absolute.ShouldBeEmpty();
    }

    [Fact]
    public void Extended_properties_name_Reports_and_its_version_as_the_application()
    {
        using var package = Workbooks.Package(bytes);

        package.ExtendedFilePropertiesPart!.Properties.Application!.Text.ShouldBe("Reports 0.1.0-test");
    }

    IReadOnlyList<string> Targets(string part)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return Relationships(zip.GetEntry(part)!).Select(r => (string)r.Attribute("Target")!).ToList();
    }

    static IEnumerable<XElement> Relationships(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().ToList();
    }
}
