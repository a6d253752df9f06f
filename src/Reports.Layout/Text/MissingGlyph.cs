namespace Reports.Layout.Text;

/// <summary>
/// A character no font in the stack can draw. <paramref name="Text"/> is the text it occurs in (cut to
/// about 60 characters around it), <paramref name="Origin"/> the block's origin (e.g. a JSON path) and
/// <paramref name="Where"/> the part of the block ("row 3, column 2"), when there is one.
/// </summary>
public sealed record MissingGlyph(string Text, int CodePoint, string? Origin, string? Where = null)
{
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
