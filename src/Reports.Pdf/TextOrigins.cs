using Reports.Domain.Model;
using Reports.Layout.Text;

namespace Reports.Pdf;

/// <summary>
/// Finds the dataset text a character of the brief comes from. A block knows its origin ("$.charts[0]",
/// "$.event.parties"), but a cell such as "Russia (Россия)" joins several dataset strings; the JSON path
/// worth reporting is that of the string holding the character.
/// </summary>
internal sealed class TextOrigins(Summit summit)
{
    readonly List<(string Path, string Text)> _texts = [.. DatasetTexts.Of(summit)];

    /// <summary>
    /// The path of the dataset string holding the character: first one that the drawn text contains,
    /// within the block's origin, then one the drawn text contains, then any within the origin, then any;
    /// the block's origin when the character is in no dataset string (words of our own). With the path, the
    /// dataset string itself (null for the block's origin).
    /// </summary>
    public (string Path, string? Text) Find(MissingGlyph glyph)
    {
        var character = char.ConvertFromUtf32(glyph.CodePoint);
        var holding = _texts.Where(t => t.Text.Contains(character, StringComparison.Ordinal)).ToList();
        bool Drawn((string Path, string Text) t) => glyph.FullText.Contains(t.Text, StringComparison.Ordinal);
        bool Within((string Path, string Text) t) => glyph.Origin is { } origin && IsWithin(t.Path, origin);
        var found = holding.FirstOrDefault(t => Drawn(t) && Within(t));
        found = found.Path is null ? holding.FirstOrDefault(Drawn) : found;
        found = found.Path is null ? holding.FirstOrDefault(Within) : found;
        found = found.Path is null ? holding.FirstOrDefault() : found;
        return found.Path is null ? (glyph.Origin ?? "$", null) : found;
    }

    /// <summary>"$.charts[1].title" is within "$.charts[1]"; "$.charts[10]" is not.</summary>
    static bool IsWithin(string path, string origin) =>
        path.StartsWith(origin, StringComparison.Ordinal) && (path.Length == origin.Length || path[origin.Length] is '.' or '[');
}
