using Reports.Domain.Branding;
using A = DocumentFormat.OpenXml.Drawing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Reports.Excel.Tests;

/// <summary>The seed's workbook with the press office's example brand: its name in the properties, its colours in tables and charts.</summary>
public sealed class BrandWorkbookTests
{
    static readonly Lazy<byte[]> Branded = new(() =>
    {
        var brand = BrandLoader.Load(Repository.Path("examples", "press-office", "_brand.yml"), "_brand.yml").Brand!;
        return Workbooks.Write(Some.Summit(), Some.Options with { Brand = brand }).Bytes;
    });

    [Fact]
    public void The_organisation_is_the_workbooks_author_and_company()
    {
        using var workbook = Workbooks.Open(Branded.Value);
        using var package = Workbooks.Package(Branded.Value);

        workbook.Properties.Author.ShouldBe("Example Press Office");
        package.ExtendedFilePropertiesPart!.Properties.Company!.Text.ShouldBe("Example Press Office");
    }

    [Fact]
    public void Every_table_uses_the_brands_table_style_a_header_in_the_primary_colour_with_readable_text_and_tinted_stripes()
    {
        using var package = Workbooks.Package(Branded.Value);
        var workbook = package.WorkbookPart!;
        var styles = workbook.WorkbookStylesPart!.Stylesheet;

        workbook.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Select(t => t.Table.TableStyleInfo!.Name!.Value).Distinct().ShouldBe(["Reports Brand"]);
        var style = styles.TableStyles!.Elements<S.TableStyle>().Single(s => s.Name == "Reports Brand");
        var dxfs = styles.DifferentialFormats!.Elements<S.DifferentialFormat>().ToList();
        S.DifferentialFormat Format(S.TableStyleValues type) => dxfs[(int)style.Elements<S.TableStyleElement>().Single(e => e.Type! == type).FormatId!.Value];
        var header = Format(S.TableStyleValues.HeaderRow);
        header.Fill!.PatternFill!.BackgroundColor!.Rgb!.Value.ShouldBe("FFC2410C");
        header.Font!.GetFirstChild<S.Color>()!.Rgb!.Value.ShouldBe("FFFFFFFF");
        Format(S.TableStyleValues.FirstRowStripe).Fill!.PatternFill!.BackgroundColor!.Rgb!.Value.ShouldBe("FFF6E3DB");
    }

    [Fact]
    public void Chart_series_take_the_brands_colours_in_order()
    {
        using var package = Workbooks.Package(Branded.Value);
        var charts = package.WorkbookPart!.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? []).ToList();

        charts.ShouldNotBeEmpty();
        foreach (var chart in charts)
        {
            var fills = chart.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>()
                .Select(s => s.Descendants<A.RgbColorModelHex>().First().Val!.Value).ToList();
            fills.ShouldBe(new[] { "C2410C", "0F766E", "1E293B" }.Take(fills.Count));
        }
    }

    [Fact]
    public void Without_a_brand_the_workbook_keeps_its_built_in_table_style()
    {
        using var package = Workbooks.Package(Workbooks.Write(Some.Summit()).Bytes);

        package.WorkbookPart!.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Select(t => t.Table.TableStyleInfo!.Name!.Value).Distinct().ShouldBe(["TableStyleMedium2"]);
        package.ExtendedFilePropertiesPart!.Properties.Company.ShouldBeNull();
    }
}
