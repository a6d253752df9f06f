using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reports.Excel.Branding;

/// <summary>
/// Adds a brand's table style to the stylesheet: a header row in the primary colour with bold text in the
/// readable shade on it, and first-row stripes in a light tint of it (differential formats, as Excel stores
/// its own custom table styles).
/// </summary>
internal static class TableStyleWriter
{
    public static void Add(Stylesheet stylesheet, WorkbookLook look)
    {
        if (!look.Custom)
            return;
        var formats = stylesheet.DifferentialFormats ??= new DifferentialFormats();
        var first = (uint)formats.Elements<DifferentialFormat>().Count();
        formats.Append(
            new DifferentialFormat(new Font(new Bold(), new Color { Rgb = Argb(look.HeaderText) }), Fill(look.HeaderFill)),
            new DifferentialFormat(Fill(look.StripeFill)));
        formats.Count = (uint)formats.Elements<DifferentialFormat>().Count();
        var styles = stylesheet.TableStyles ??= new TableStyles { DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" };
        styles.Append(new TableStyle(
            new TableStyleElement { Type = TableStyleValues.HeaderRow, FormatId = first },
            new TableStyleElement { Type = TableStyleValues.FirstRowStripe, FormatId = first + 1 })
        {
            Name = look.TableStyle,
            Pivot = false,
            Count = 2,
        });
        styles.Count = (uint)styles.Elements<TableStyle>().Count();
    }

    static Fill Fill(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = Argb(rgb) }, new BackgroundColor { Rgb = Argb(rgb) }) { PatternType = PatternValues.Solid });

    static HexBinaryValue Argb(string rgb) => HexBinaryValue.FromString("FF" + rgb);
}
