using Reports.Text;

namespace Reports.Brief;

/// <summary>
/// A character of the brief the fonts cannot draw, at the JSON path of the dataset text it comes from,
/// with what would fix it. The caller adds the file, line and column.
/// </summary>
public sealed record TextProblem(string Path, int CodePoint, string Problem, string Expected)
{
    /// <param name="text">The dataset text the character is in, when it is in one; else the drawn text is shown.</param>
    /// <param name="fonts">The fonts tried, in order ("DejaVu Sans Mono, DejaVu Sans").</param>
    internal static TextProblem Of(MissingGlyph glyph, string path, string? text, string fonts)
    {
        var character = $"{glyph.CodePointLabel} '{char.ConvertFromUtf32(glyph.CodePoint)}'";
        var script = $"{character} ({glyph.ScriptName}) in \"{(text is null ? glyph.Text : Excerpt(text, character))}\"";
        return new(path, glyph.CodePoint, $"{script} cannot be drawn: no font has it (fonts tried: {fonts}).", Fix(glyph, character));
    }

    /// <summary>One line for the texts past <see cref="BriefWriter.MaxTextProblems"/> problems: how many, and which characters.</summary>
    internal static TextProblem More(IReadOnlyList<MissingGlyph> rest)
    {
        var characters = rest.Select(g => g.CodePoint).Distinct().Order().ToList();
        var shown = string.Join(", ", characters.Take(10).Select(cp => $"U+{cp:X4} '{char.ConvertFromUtf32(cp)}'")) + (characters.Count > 10 ? ", …" : "");
        return new("$", characters[0],
            $"{rest.Count} more texts hold characters that cannot be drawn ({shown}); the first {BriefWriter.MaxTextProblems} are listed above.",
            "a font that has them, in a folder given with --fonts DIR");
    }

    /// <summary>The text, or the 60 characters around the first occurrence of the character.</summary>
    static string Excerpt(string text, string character)
    {
        if (text.Length <= 60)
            return text;
        var at = text.IndexOf(character, StringComparison.Ordinal);
        var start = Math.Clamp(at - 30, 0, text.Length - 60);
        return (start > 0 ? "…" : "") + text.Substring(start, 60) + (start + 60 < text.Length ? "…" : "");
    }

    /// <summary>What would draw the character: a font installed (unless system fonts are ignored) or given with --fonts; or no such character.</summary>
    static string Fix(MissingGlyph glyph, string character)
    {
        if (glyph.Package is not { } package)
            return $"the text without {character}: no font should draw a {glyph.ScriptName} character";
        var install = glyph.SystemFontsIgnored
            ? $"a folder of fonts with {character} given with --fonts DIR (system fonts are ignored; without --ignore-system-fonts, Debian package {package} would draw it)"
            : $"a font with {character} installed (Debian package {package}) or in a folder given with --fonts DIR";
        return install + "; or the text without it";
    }

    public override string ToString() => $"{Path}: {Problem} Expected: {Expected}";
}
