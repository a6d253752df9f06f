using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Reports.Text;

/// <summary>
/// Cuts styled spans into pieces (words, spaces, line breaks). The spans are one paragraph: its bidi
/// levels (<see cref="BidiParagraph"/>) and script runs (<see cref="ScriptItemizer"/>, which chooses each
/// run's font) are found over all of them, and a piece never crosses a change of face or level. Linear in
/// the length of the text.
/// </summary>
internal sealed class Tokenizer(FontStack stack) : IDisposable
{
    private readonly ParagraphAnalysis analysis = new(stack);
    private readonly DictionaryBreaks dictionary = new();
    private readonly List<int> breaks = [];

    // The analysis's arrays, read by the hot loops below without going through it.
    private byte[] levels = [];
    private int[] families = [];

    /// <summary>The offset of the current span's text in the paragraph.</summary>
    private int offset;

    /// <summary>Whether the last paragraph cut runs right to left (its lines are aligned right).</summary>
    public bool RightToLeft { get; private set; }

    /// <summary>Fills <paramref name="pieces"/> (cleared first) with the pieces of the spans, in order.</summary>
    /// <param name="rightToLeft">The document runs right to left: a paragraph runs right to left when its first
    /// span has no language of its own or another span without one holds the document's words; otherwise its
    /// direction is its first span's language's, or its first strong character's.</param>
    public void Cut(IReadOnlyList<StyledSpan> spans, List<TextPiece> pieces, bool rightToLeft = false)
    {
        pieces.Clear();
        RightToLeft = analysis.Analyse(spans, rightToLeft);
        (levels, families) = (analysis.Levels, analysis.Families);
        offset = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            CutSpan(spans, s, pieces);
            offset += spans[s].Text.Length;
        }
    }

    public void Dispose()
    {
        analysis.Dispose();
        dictionary.Dispose();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private void CutSpan(IReadOnlyList<StyledSpan> spans, int span, List<TextPiece> pieces)
    {
        var text = spans[span].Text;
        var variant = spans[span].Style.Variant;
        var kept = spans[span].BreakOnlyAfter;
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            var cp = rune.Value;
            if (cp == '\n' || (cp == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                pieces.Add(new TextPiece(span, i, used, default, PieceKind.LineBreak, true));
                i += used;
            }
            else if (CodePoints.IsInvisible(cp))
            {
                if (cp == 0x200B && kept is null && pieces.Count > 0)
                    pieces[^1] = pieces[^1] with { BreakAfter = true };
                i += used;
            }
            else if (kept is not null)
            {
                i = CutKept(span, text, i, variant, kept, pieces);
            }
            else if (CodePoints.IsBreakingSpace(cp))
            {
                i = CutSpaces(span, text, i, variant, pieces);
            }
            else if (CodePoints.IsIdeographic(cp))
            {
                CutIdeograph(spans, span, i, used, cp, variant, pieces);
                i += used;
            }
            else
            {
                NoBreakBefore(cp, pieces);
                i = CutWord(span, text, i, variant, pieces);
            }
        }
    }

    /// <summary>
    /// A part of a span kept whole: spaces and ideographs are glue, a break may follow only one of the
    /// span's own break characters, and the piece is marked so the line breaker never cuts it.
    /// </summary>
    private int CutKept(int span, string text, int start, FontVariant variant, string breakAfter, List<TextPiece> pieces)
    {
        Rune.DecodeFromUtf16(text.AsSpan(start), out var first, out var used);
        var face = FaceAt(start, first.Value, variant);
        var level = levels[offset + start];
        var end = start + used;
        var canBreak = breakAfter.Length > 0 && breakAfter.Contains(text[start], StringComparison.Ordinal);
        while (end < text.Length && !canBreak)
        {
            Rune.DecodeFromUtf16(text.AsSpan(end), out var rune, out var length);
            var cp = rune.Value;
            if (cp == '\n' || cp == '\r' || CodePoints.IsInvisible(cp))
                break;
            if (levels[offset + end] != level || (!IsMarkCoveredBy(cp, face) && FaceAt(end, cp, variant) != face))
                break;
            end += length;
            canBreak = breakAfter.Length > 0 && breakAfter.Contains(text[end - length], StringComparison.Ordinal);
        }

        pieces.Add(new TextPiece(span, start, end - start, face, PieceKind.Word, canBreak && end < text.Length, Kept: true, Level: level));
        return end;
    }

    private int CutSpaces(int span, string text, int start, FontVariant variant, List<TextPiece> pieces)
    {
        var face = FaceAt(start, ' ', variant);
        var level = levels[offset + start];
        var end = start + 1;
        while (end < text.Length && CodePoints.IsBreakingSpace(text[end]) && levels[offset + end] == level && FaceAt(end, ' ', variant) == face)
            end++;
        pieces.Add(new TextPiece(span, start, end - start, face, PieceKind.Space, true, Level: level));
        return end;
    }

    /// <summary>
    /// An ideograph stands alone: a line may break before and after it, except before closing
    /// punctuation ("，" never starts a line) and after opening brackets ("「" never ends one).
    /// </summary>
    private void CutIdeograph(IReadOnlyList<StyledSpan> spans, int span, int start, int length, int cp, FontVariant variant, List<TextPiece> pieces)
    {
        if (pieces.Count > 0 && pieces[^1].Kind == PieceKind.Word
            && !CodePoints.IsNoLineStart(cp) && !CodePoints.IsNoLineEnd(LastCodePoint(spans, pieces[^1])))
            pieces[^1] = pieces[^1] with { BreakAfter = true };
        NoBreakBefore(cp, pieces);
        pieces.Add(new TextPiece(span, start, length, FaceAt(start, cp, variant), PieceKind.Word, !CodePoints.IsNoLineEnd(cp), Level: levels[offset + start]));
    }

    /// <summary>
    /// Closing punctuation ("，", "。", "）", "”") never starts a line: the piece before it (an ideograph, which
    /// otherwise allows a break after itself) keeps it on its line.
    /// </summary>
    private static void NoBreakBefore(int cp, List<TextPiece> pieces)
    {
        if (CodePoints.IsNoLineStart(cp) && pieces.Count > 0 && pieces[^1].Kind == PieceKind.Word && pieces[^1].BreakAfter)
            pieces[^1] = pieces[^1] with { BreakAfter = false };
    }

    /// <summary>Extends a word piece while the face stays the same and no break opportunity comes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: see README, "Speed"
    private int CutWord(int span, string text, int start, FontVariant variant, List<TextPiece> pieces)
    {
        Rune.DecodeFromUtf16(text.AsSpan(start), out var first, out var used);
        var face = FaceAt(start, first.Value, variant);
        var level = levels[offset + start];
        var end = start + used;
        var breakAfter = false;
        while (end < text.Length && !breakAfter)
        {
            Rune.DecodeFromUtf16(text.AsSpan(end), out var rune, out var length);
            var cp = rune.Value;
            if (cp == '\n' || cp == '\r' || CodePoints.IsInvisible(cp) || CodePoints.IsBreakingSpace(cp) || CodePoints.IsIdeographic(cp))
                break;
            if (levels[offset + end] != level || (!IsMarkCoveredBy(cp, face) && FaceAt(end, cp, variant) != face))
                break;
            end += length;
            breakAfter = CodePoints.IsBreakAfterDash(cp) && end < text.Length && char.IsLetterOrDigit(text[end]);
        }

        var piece = new TextPiece(span, start, end - start, face, PieceKind.Word, breakAfter, Level: level);
        if (DictionaryBreaks.Needs(text.AsSpan(start, end - start)))
            AddAtWordBreaks(text, piece, pieces);
        else
            pieces.Add(piece);
        return end;
    }

    /// <summary>A word of Thai (Lao, Khmer, Myanmar) cut where ICU finds its words: a line may break after each.</summary>
    private void AddAtWordBreaks(string text, TextPiece word, List<TextPiece> pieces)
    {
        dictionary.Find(text.Substring(word.Start, word.Length), breaks);
        var start = 0;
        foreach (var at in breaks)
        {
            pieces.Add(word with { Start = word.Start + start, Length = at - start, BreakAfter = true });
            start = at;
        }

        pieces.Add(word with { Start = word.Start + start, Length = word.Length - start });
    }

    private static int LastCodePoint(IReadOnlyList<StyledSpan> spans, TextPiece piece)
    {
        var text = spans[piece.Span].Text;
        var last = piece.Start + piece.Length - 1;
        return char.IsLowSurrogate(text[last]) && last > piece.Start ? char.ConvertToUtf32(text[last - 1], text[last]) : text[last];
    }

    /// <summary>U+0300, the first combining mark: no character below it is one (most text asks no category).</summary>
    private const int FirstMark = 0x300;

    /// <summary>A combining mark stays with its base character's face when that face can draw it.</summary>
    private bool IsMarkCoveredBy(int cp, FaceKey face) =>
        cp >= FirstMark
        && CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        && stack.Face(face).Covers(cp);

    /// <summary>The face of the character at <paramref name="index"/> of the current span: its run's family, else the first that has it.</summary>
    private FaceKey FaceAt(int index, int cp, FontVariant variant) =>
        families[offset + index] is >= 0 and var family && stack.FaceIn(family, cp, variant) is { } face ? face : FaceOf(cp, variant);

    private FaceKey FaceOf(int cp, FontVariant variant) =>
        stack.Resolve(cp, variant)
        ?? (CodePoints.IsSpace(cp) ? stack.Resolve(' ', variant) : null)
        ?? throw new InvalidOperationException(
            $"No font draws {CodePoints.Label(cp)}; DocumentLayout.MissingGlyphs must be empty before layout.");
}
