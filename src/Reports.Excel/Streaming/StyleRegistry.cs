using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reports.Excel.Streaming;

/// <summary>
/// Hands out cell-format indices for streamed cells and, once the sheets are written, appends those formats
/// (number formats, a link font, top-aligned and wrapping cell formats) to the stylesheet ClosedXML wrote.
/// </summary>
internal sealed class StyleRegistry
{
    const int FirstCustomNumberFormatId = 164;

    static readonly Dictionary<string, uint> BuiltInFormats = new(StringComparer.Ordinal)
    {
        ["General"] = 0,
        ["0"] = 1,
        ["0.00"] = 2,
        ["#,##0"] = 3,
        ["#,##0.00"] = 4,
    };

    readonly Stylesheet stylesheet;
    readonly int firstIndex;
    readonly Dictionary<CellStyle, int> indices = [];
    readonly List<CellStyle> added = [];

    public StyleRegistry(Stylesheet stylesheet)
    {
        this.stylesheet = stylesheet;
        firstIndex = stylesheet.CellFormats?.Elements<CellFormat>().Count() ?? 0;
    }

    /// <summary>The cellXfs index to write in a cell's <c>s</c> attribute.</summary>
    public int IndexOf(CellStyle style)
    {
        if (indices.TryGetValue(style, out var index))
            return index;
        index = firstIndex + added.Count;
        indices.Add(style, index);
        added.Add(style);
        return index;
    }

    /// <summary>Appends every style handed out to the stylesheet; call once, after the last sheet.</summary>
    public void Commit()
    {
        if (added.Count == 0)
            return;
        var formats = stylesheet.CellFormats ??= new CellFormats();
        var linkFont = added.Any(s => s.Link) ? AddLinkFont() : 0u;
        foreach (var style in added)
            formats.Append(CellFormatFor(style, linkFont));
        formats.Count = (uint)formats.Elements<CellFormat>().Count();
    }

    CellFormat CellFormatFor(CellStyle style, uint linkFont)
    {
        var format = new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = style.Wrap ? true : null })
        {
            NumberFormatId = style.FormatCode is null ? 0u : NumberFormatId(style.FormatCode),
            FontId = style.Link ? linkFont : 0u,
            FillId = 0u,
            BorderId = 0u,
            FormatId = 0u,
            ApplyNumberFormat = style.FormatCode is not null ? true : null,
            ApplyFont = style.Link ? true : null,
            ApplyAlignment = true,
        };
        if (style.QuotePrefix)
            format.QuotePrefix = true;
        return format;
    }

    uint NumberFormatId(string code)
    {
        if (BuiltInFormats.TryGetValue(code, out var builtIn))
            return builtIn;
        var formats = NumberingFormats();
        var existing = formats.Elements<NumberingFormat>().FirstOrDefault(f => f.FormatCode?.Value == code && f.NumberFormatId?.Value >= FirstCustomNumberFormatId);
        if (existing is not null)
            return existing.NumberFormatId!.Value;
        var id = Math.Max(FirstCustomNumberFormatId, formats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1);
        formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
        formats.Count = (uint)formats.Elements<NumberingFormat>().Count();
        return id;
    }

    NumberingFormats NumberingFormats()
    {
        if (stylesheet.NumberingFormats is { } formats)
            return formats;
        formats = new NumberingFormats();
        stylesheet.InsertAt(formats, 0);
        return formats;
    }

    uint AddLinkFont()
    {
        var fonts = stylesheet.Fonts ??= new Fonts();
        fonts.Append(new Font(
            new Underline(),
            new FontSize { Val = 11 },
            new Color { Rgb = HexBinaryValue.FromString("FF0563C1") },
            new FontName { Val = "Calibri" },
            new FontFamilyNumbering { Val = 2 }));
        var count = (uint)fonts.Elements<Font>().Count();
        fonts.Count = count;
        return count - 1;
    }
}
