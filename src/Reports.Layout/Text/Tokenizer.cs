using System.Globalization;
using System.Text;

namespace Reports.Layout.Text;

/// <summary>
/// Cuts styled spans into pieces (words, spaces, line breaks), choosing per character the first face
/// of the stack that has a glyph for it. Linear in the length of the text.
/// </summary>
internal sealed class Tokenizer(FontStack stack)
{
    public List<TextPiece> Cut(IReadOnlyList<StyledSpan> spans)
    {
        var pieces = new List<TextPiece>();
        for (var s = 0; s < spans.Count; s++)
            CutSpan(s, spans[s], pieces);
        return pieces;
    }

    private void CutSpan(int span, StyledSpan styled, List<TextPiece> pieces)
    {
        var text = styled.Text;
        var variant = styled.Style.Variant;
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
                if (cp == 0x200B && pieces.Count > 0)
                    pieces[^1] = pieces[^1] with { BreakAfter = true };
                i += used;
            }
            else if (CodePoints.IsBreakingSpace(cp))
            {
                i = CutSpaces(span, text, i, variant, pieces);
            }
            else
            {
                i = CutWord(span, text, i, variant, pieces);
            }
        }
    }

    private int CutSpaces(int span, string text, int start, FontVariant variant, List<TextPiece> pieces)
    {
        var end = start;
        while (end < text.Length && CodePoints.IsBreakingSpace(text[end]))
            end++;
        pieces.Add(new TextPiece(span, start, end - start, FaceOf(' ', variant), PieceKind.Space, true));
        return end;
    }

    /// <summary>Extends a word piece while the face stays the same; ideographs stand alone (a line may break around each).</summary>
    private int CutWord(int span, string text, int start, FontVariant variant, List<TextPiece> pieces)
    {
        Rune.DecodeFromUtf16(text.AsSpan(start), out var first, out var used);
        var face = FaceOf(first.Value, variant);
        if (CodePoints.IsIdeographic(first.Value))
        {
            if (pieces.Count > 0 && pieces[^1].Span == span)
                pieces[^1] = pieces[^1] with { BreakAfter = true };
            pieces.Add(new TextPiece(span, start, used, face, PieceKind.Word, true));
            return start + used;
        }

        var end = start + used;
        var breakAfter = false;
        while (end < text.Length && !breakAfter)
        {
            Rune.DecodeFromUtf16(text.AsSpan(end), out var rune, out var length);
            var cp = rune.Value;
            if (cp == '\n' || cp == '\r' || CodePoints.IsInvisible(cp) || CodePoints.IsBreakingSpace(cp) || CodePoints.IsIdeographic(cp))
                break;
            if (!IsMarkCoveredBy(cp, face) && FaceOf(cp, variant) != face)
                break;
            end += length;
            breakAfter = CodePoints.IsBreakAfterDash(cp) && end < text.Length && char.IsLetterOrDigit(text[end]);
        }

        pieces.Add(new TextPiece(span, start, end - start, face, PieceKind.Word, breakAfter));
        return end;
    }

    /// <summary>A combining mark stays with its base character's face when that face can draw it.</summary>
    private bool IsMarkCoveredBy(int cp, FaceKey face) =>
        CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        && stack.Face(face).Covers(cp);

    private FaceKey FaceOf(int cp, FontVariant variant) =>
        stack.Resolve(cp, variant)
        ?? (CodePoints.IsSpace(cp) ? stack.Resolve(' ', variant) : null)
        ?? throw new InvalidOperationException(
            $"No font draws {CodePoints.Label(cp)}; GlyphCoverage.Check must run before layout.");
}
