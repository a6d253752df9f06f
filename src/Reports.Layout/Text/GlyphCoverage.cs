using System.Text;
using Reports.Layout.Model;

namespace Reports.Layout.Text;

/// <summary>Checks, before any layout, that every character of a document can be drawn.</summary>
internal static class GlyphCoverage
{
    private const int ExcerptRadius = 30;

    /// <summary>Throws <see cref="MissingGlyphsException"/> listing every character no font can draw.</summary>
    public static void Check(FontStack stack, DocumentSpec document)
    {
        var missing = new List<MissingGlyph>();
        var reported = new HashSet<(int, string?, string?)>();
        foreach (var text in DocumentTexts.All(document))
            Collect(stack, text, missing, reported);

        if (missing.Count > 0)
            throw new MissingGlyphsException(missing, stack.ToString());
    }

    private static void Collect(FontStack stack, SourcedText source, List<MissingGlyph> missing, HashSet<(int, string?, string?)> reported)
    {
        var text = source.Text;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            var cp = rune.Value;
            if (!stack.CanDraw(cp) && reported.Add((cp, source.Origin, source.Where)))
                missing.Add(new MissingGlyph(Excerpt(text, i), cp, source.Origin, source.Where));
            i += used;
        }
    }

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - ExcerptRadius);
        var end = Math.Min(text.Length, index + ExcerptRadius);
        var excerpt = text[start..end];
        return (start > 0 ? "…" : "") + excerpt + (end < text.Length ? "…" : "");
    }
}
