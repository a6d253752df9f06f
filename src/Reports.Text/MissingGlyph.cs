namespace Reports.Text;

/// <summary>
/// A character the document cannot draw. <paramref name="Text"/> is the text it occurs in (cut to
/// about 60 characters around it), <paramref name="Origin"/> the block's origin (e.g. a JSON path) and
/// <paramref name="Where"/> the part of the block ("row 3, column 2"), when there is one.
/// </summary>
public sealed record MissingGlyph(string Text, int CodePoint, string? Origin, string? Where = null)
{
    /// <summary>The whole text the character occurs in, uncut, to find where it came from.</summary>
    public string FullText { get; init; } = Text;

    /// <summary>The character's script as a person names it ("Egyptian Hieroglyphs").</summary>
    public string ScriptName => UnicodeScripts.Name(CodePoint);

    /// <summary>The Debian package that installs a font for it, or null when no font should have it (private use, unassigned).</summary>
    public string? Package => UnicodeScripts.Package(CodePoint);

    /// <summary>Whether the system fonts were left out (<c>--ignore-system-fonts</c>), so an installed font would not help.</summary>
    public bool SystemFontsIgnored { get; init; }

    /// <summary>The code point as "U+XXXX".</summary>
    public string CodePointLabel => CodePoints.Label(CodePoint);

    public override string ToString()
    {
        var at = Origin ?? "(no origin)";
        if (Where is not null)
            at += $" ({Where})";
        return $"{at}: {CodePointLabel} '{char.ConvertFromUtf32(CodePoint)}' in \"{Text}\"";
    }
}
