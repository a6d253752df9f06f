namespace Reports.Layout.Text;

/// <summary>
/// Thrown before layout when some characters cannot be drawn by any font of the stack: a missing glyph
/// must never pass silently as an empty box. <see cref="Missing"/> lists every one.
/// </summary>
public sealed class MissingGlyphsException : Exception
{
    private const int ListedInMessage = 20;

    public MissingGlyphsException(IReadOnlyList<MissingGlyph> missing, string fontStack)
        : base(Describe(missing, fontStack))
    {
        Missing = missing;
    }

    /// <summary>Every (text, code point, origin) that cannot be drawn.</summary>
    public IReadOnlyList<MissingGlyph> Missing { get; }

    private static string Describe(IReadOnlyList<MissingGlyph> missing, string fontStack)
    {
        var lines = missing.Take(ListedInMessage).Select(m => "  " + m);
        var more = missing.Count > ListedInMessage ? [$"  … and {missing.Count - ListedInMessage} more"] : Array.Empty<string>();
        var header = $"{missing.Count} character(s) cannot be drawn by any font ({fontStack}); " +
            "add a font that has them with --fonts DIR:";
        return string.Join(Environment.NewLine, [header, .. lines, .. more]);
    }
}
