using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Reports.Layout.Text;

/// <summary>
/// Shapes text with HarfBuzz: kerning on, ligatures off (<c>-liga,-clig</c>) so that extracted text
/// reads "office", not "oﬃce". Results are cached per (face, text) so each distinct word of a
/// document is shaped once (looked up by span: a cache hit allocates nothing); every shaped glyph is
/// recorded in <see cref="Usage"/> for subsetting. One shaper per layout run (HarfBuzz buffers are not
/// thread-safe).
/// </summary>
internal sealed class TextShaper(FontStack stack) : IDisposable
{
    /// <summary>Longer pieces are shaped without caching (they rarely repeat, e.g. a 300-character token).</summary>
    private const int CacheLimit = 64;

    private static readonly Feature[] Features = [Feature.Parse("-liga"), Feature.Parse("-clig")];

    private readonly Dictionary<FaceKey, Dictionary<string, ShapedText>> cache = [];
    private readonly Buffer buffer = new();

    public GlyphUsage Usage { get; } = new();

    public FontStack Stack => stack;

    public ShapedText Shape(FaceKey face, string text) => Shape(face, text.AsSpan());

    public ShapedText Shape(FaceKey face, ReadOnlySpan<char> text)
    {
        if (text.Length > CacheLimit)
            return ShapeUncached(face, text.ToString());
        var words = Words(face).GetAlternateLookup<ReadOnlySpan<char>>();
        if (!words.TryGetValue(text, out var shaped))
        {
            var key = text.ToString();
            shaped = ShapeUncached(face, key);
            words[key] = shaped;
        }

        return shaped;
    }

    public void Dispose() => buffer.Dispose();

    private Dictionary<string, ShapedText> Words(FaceKey face)
    {
        if (!cache.TryGetValue(face, out var words))
        {
            words = new Dictionary<string, ShapedText>(StringComparer.Ordinal);
            cache[face] = words;
        }

        return words;
    }

    private ShapedText ShapeUncached(FaceKey face, string text)
    {
        var file = stack.Face(face);
        buffer.ClearContents();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        file.Font.Shape(buffer, Features);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var (glyphs, advances, offsetsX, offsetsY, clusters) =
            (new uint[infos.Length], new int[infos.Length], new int[infos.Length], new int[infos.Length], new int[infos.Length]);
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            offsetsX[i] = positions[i].XOffset;
            offsetsY[i] = positions[i].YOffset;
        }

        Usage.Add(face, text, glyphs);
        return new ShapedText(glyphs, advances, SharedArrays.Compact(offsetsX), SharedArrays.Compact(offsetsY), SharedArrays.Compact(clusters), file.UnitsPerEm);
    }
}
