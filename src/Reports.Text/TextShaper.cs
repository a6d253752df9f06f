using System.Runtime.CompilerServices;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Reports.Text;

/// <summary>
/// Shapes text with HarfBuzz: kerning on, ligatures off (<c>-liga,-clig</c>) so that extracted text
/// reads "office", not "oﬃce". Right-to-left pieces are shaped right to left (HarfBuzz then mirrors
/// brackets) and their glyphs stored in logical order like any other (<see cref="LineAssembler"/> lays them
/// out right to left again); a language selects its <c>locl</c> forms. Results are cached per
/// (<see cref="ShapingKey"/>, text), looked up by span (a hit
/// allocates nothing), so the words a document repeats are shaped once. (The PDF writer subsets each face from
/// the glyph runs it writes, so shaping records nothing.) One shaper per layout run (HarfBuzz buffers are not
/// thread-safe).
/// </summary>
/// <remarks>
/// The cache is bounded: it keeps two generations of <see cref="GenerationSize"/> words, and a word
/// found in the older one moves to the newer. A long document names hundreds of thousands of words
/// once (ids, figures), which would otherwise all stay in memory; they are shaped again when met
/// again (about a microsecond each), while the words in common use stay cached.
/// </remarks>
public sealed class TextShaper(FontStack stack) : IDisposable
{
    /// <summary>Longer pieces are shaped without caching (they rarely repeat, e.g. a 300-character token).</summary>
    private const int CacheLimit = 64;

    /// <summary>Words per cache generation.</summary>
    private const int GenerationSize = 1 << 14;

    private static readonly Feature[] Features = [Feature.Parse("-liga"), Feature.Parse("-clig")];

    private readonly Buffer buffer = new();
    private readonly Dictionary<string, Language> languages = new(StringComparer.Ordinal);
    private Dictionary<ShapingKey, Dictionary<string, ShapedText>> recent = [];
    private Dictionary<ShapingKey, Dictionary<string, ShapedText>> older = [];
    private int recentCount;

    public FontStack Stack => stack;

    public ShapedText Shape(FaceKey face, string text) => Shape(new ShapingKey(face), text.AsSpan());

    public ShapedText Shape(ShapingKey face, string text) => Shape(face, text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    public ShapedText Shape(ShapingKey face, ReadOnlySpan<char> text)
    {
        if (text.Length > CacheLimit)
            return ShapeUncached(face, text.ToString());
        if (Words(recent, face).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var shaped))
            return shaped;
        var key = text.ToString();
        if (!Words(older, face).Remove(key, out shaped))
            shaped = ShapeUncached(face, key);
        Remember(face, key, shaped);
        return shaped;
    }

    public void Dispose()
    {
        buffer.Dispose();
        foreach (var language in languages.Values)
            language.Dispose();
    }

    private void Remember(ShapingKey face, string text, ShapedText shaped)
    {
        if (recentCount == GenerationSize)
        {
            (older, recent) = (recent, []);
            recentCount = 0;
        }

        Words(recent, face)[text] = shaped;
        recentCount++;
    }

    private static Dictionary<string, ShapedText> Words(Dictionary<ShapingKey, Dictionary<string, ShapedText>> generation, ShapingKey face)
    {
        if (!generation.TryGetValue(face, out var words))
        {
            words = new Dictionary<string, ShapedText>(StringComparer.Ordinal);
            generation[face] = words;
        }

        return words;
    }

    private ShapedText ShapeUncached(ShapingKey key, string text)
    {
        var face = key.Face;
        var file = stack.Face(face);
        buffer.ClearContents();
        buffer.AddUtf16(text);
        buffer.Direction = key.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        // Never HarfBuzz's default language: it comes from the process locale, and output must not depend on the machine.
        buffer.Language = LanguageOf(key.Language ?? "und");
        buffer.GuessSegmentProperties();
        file.Font.Shape(buffer, Features);
        if (key.RightToLeft)
            buffer.Reverse();

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var (glyphs, advances) = (new uint[infos.Length], new int[infos.Length]);
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = infos[i].Codepoint;
            advances[i] = positions[i].XAdvance;
        }

        return new ShapedText(
            glyphs,
            advances,
            SharedArrays.Of(positions, static p => p.XOffset, 0),
            SharedArrays.Of(positions, static p => p.YOffset, 0),
            SharedArrays.Of(infos, static g => (int)g.Cluster, 1),
            file.UnitsPerEm);
    }

    private Language LanguageOf(string tag)
    {
        if (!languages.TryGetValue(tag, out var language))
        {
            language = new Language(tag);
            languages[tag] = language;
        }

        return language;
    }
}
