using Reports.Excel.Streaming;

namespace Reports.Excel.Tables;

/// <summary>Shorthands for the cells of table rows.</summary>
internal static class Cells
{
    /// <summary>A text cell, or no cell for missing or empty text.</summary>
    public static TextCell? Text(string? text) => string.IsNullOrEmpty(text) ? null : new TextCell(text);

    /// <summary>Text linking to column A of <paramref name="row"/> on another sheet.</summary>
    public static TextCell? Link(string? text, string sheet, int row) =>
        string.IsNullOrEmpty(text) ? null : new TextCell(text, Location: $"'{sheet}'!A{row}");

    /// <summary>Text linking to its own address when it is an absolute http(s) URL; plain text otherwise.</summary>
    public static TextCell? Url(string? url) =>
        string.IsNullOrEmpty(url) ? null
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new TextCell(url, Url: uri)
            : new TextCell(url);
}
