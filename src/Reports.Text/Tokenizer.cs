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
    private readonly ScriptItemizer itemizer = new(stack);
    private readonly BidiParagraph bidi = new();
    private readonly DictionaryBreaks dictionary = new();
    private readonly List<int> breaks = [];
    private readonly System.Text.StringBuilder paragraph = new();
    private byte[] levels = new byte[256];
    private int[] families = new int[256];

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
        Analyse(spans, rightToLeft);
        offset = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            CutSpan(spans, s, pieces);
            offset += spans[s].Text.Length;
        }
    }

    public void Dispose()
    {
        bidi.Dispose();
        dictionary.Dispose();
    }

    /// <summary>The paragraph's levels and the font family of each of its characters.</summary>
    private void Analyse(IReadOnlyList<StyledSpan> spans, bool rightToLeft)
    {
        string text;
        if (spans.Count == 1)
        {
            text = spans[0].Text;
        }
        else
        {
            paragraph.Clear();
            foreach (var span in spans)
                paragraph.Append(span.Text);
            text = paragraph.ToString();
        }

        if (levels.Length < text.Length)
            (levels, families) = (new byte[text.Length * 2], new int[text.Length * 2]);
        var language = spans.Count > 0 ? spans[0].Language : null;
        // A right-to-left brief's own sentence runs right to left even when it opens with dataset text of the
        // other direction ("Documents signed at the talks: 36. الوثائق …"); a paragraph of dataset text alone
        // (every span with letters in the dataset's language) takes its first strong character's direction.
        var ownWords = rightToLeft && language is not null && HasOwnWords(spans);
        var direction = Languages.IsRightToLeft(language) || (rightToLeft && language is null) || ownWords ? (byte)1 : BidiParagraph.FromFirstStrong;
        var along = new Direction(direction == 1, direction == 1 || (AnyIsolated(spans) && BidiParagraph.NeedsBidi(text) && BidiParagraph.FirstStrongIsRightToLeft(text) == true));
        RightToLeft = Isolates(spans, along) is { } isolated
            ? IsolatedLevels(spans, isolated, direction, along)
            : bidi.Levels(text, direction, levels) == 1;
        itemizer.Families(text, families);
    }

    /// <summary>Whether a span in no language of its own (the brief's words) has a letter.</summary>
    private static bool HasOwnWords(IReadOnlyList<StyledSpan> spans)
    {
        for (var s = 1; s < spans.Count; s++)
        {
            if (spans[s].Language is null && BidiParagraph.FirstStrongIsRightToLeft(spans[s].Text) is not null)
                return true;
        }

        return false;
    }

    /// <summary>
    /// The paragraph's text with every span that runs the other way isolated (LRI or RLI … PDI, UAX #9's
    /// isolates): a span after the first in a language of the other direction, and an isolated span (a figure,
    /// dataset text) whose first strong character is of the other direction. English text in an Arabic
    /// paragraph keeps its full stop and its brackets at its own end, "~USD 200 bn" its tilde at its left,
    /// whatever surrounds it. Null when no span needs it (the common case).
    /// </summary>
    private static string? Isolates(IReadOnlyList<StyledSpan> spans, Direction paragraph)
    {
        var any = false;
        for (var s = 0; s < spans.Count && !any; s++)
            any = Isolated(spans, s, paragraph);
        if (!any)
            return null;
        var text = new StringBuilder();
        for (var s = 0; s < spans.Count; s++)
        {
            var isolate = Isolated(spans, s, paragraph);
            if (isolate)
                text.Append(IsRightToLeftIsolate(spans, s, paragraph) ? '\u2067' : '\u2066');
            text.Append(spans[s].Text);
            if (isolate)
                text.Append('\u2069');
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether a span is isolated: after the first, in a language written the other way from the paragraph (the
    /// direction the document or the first span's language sets); or marked isolated, without a language, and
    /// starting with a strong character of the other direction from the paragraph's (as resolved from its text).
    /// </summary>
    private static bool Isolated(IReadOnlyList<StyledSpan> spans, int s, Direction paragraph) =>
        spans[s].Language is { } tag
            ? s > 0 && Languages.IsRightToLeft(tag) != paragraph.Set
            : spans[s].Isolated && BidiParagraph.FirstStrongIsRightToLeft(spans[s].Text) is { } rightToLeft && rightToLeft != paragraph.Resolved;

    private static bool AnyIsolated(IReadOnlyList<StyledSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Isolated && span.Language is null)
                return true;
        }

        return false;
    }

    /// <summary>Whether an isolated span runs right to left inside its isolate (RLI rather than LRI).</summary>
    private static bool IsRightToLeftIsolate(IReadOnlyList<StyledSpan> spans, int s, Direction paragraph) =>
        spans[s].Language is null ? !paragraph.Resolved : !paragraph.Set;

    /// <summary>The levels of the isolated text, copied back to the characters of the spans (the isolate marks dropped).</summary>
    private bool IsolatedLevels(IReadOnlyList<StyledSpan> spans, string isolated, byte direction, Direction paragraph)
    {
        var all = new byte[isolated.Length];
        var rightToLeft = bidi.Levels(isolated, direction, all) == 1;
        var (from, to) = (0, 0);
        for (var s = 0; s < spans.Count; s++)
        {
            var isolate = Isolated(spans, s, paragraph);
            from += isolate ? 1 : 0;
            Array.Copy(all, from, levels, to, spans[s].Text.Length);
            from += spans[s].Text.Length + (isolate ? 1 : 0);
            to += spans[s].Text.Length;
        }

        return rightToLeft;
    }

    /// <summary>
    /// A paragraph's direction: <see cref="Set"/> right to left by the document or its first span's language,
    /// <see cref="Resolved"/> also when its first strong character is right to left.
    /// </summary>
    private readonly record struct Direction(bool Set, bool Resolved);

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
