using System.Text;

namespace Reports.Text;

/// <summary>
/// What a paragraph's characters need before it is cut into pieces: their bidi levels (<see cref="BidiParagraph"/>,
/// with the spans that run the other way isolated) and the font family of their script run
/// (<see cref="ScriptItemizer"/>). The arrays are reused from one paragraph to the next.
/// </summary>
internal sealed class ParagraphAnalysis(FontStack stack) : IDisposable
{
    private readonly ScriptItemizer itemizer = new(stack);
    private readonly BidiParagraph bidi = new();
    private readonly StringBuilder paragraph = new();

    /// <summary>Each character's bidi level (valid for the length of the last paragraph analysed).</summary>
    public byte[] Levels { get; private set; } = new byte[256];

    /// <summary>Each character's font family in the stack, or a negative number for none.</summary>
    public int[] Families { get; private set; } = new int[256];

    public void Dispose() => bidi.Dispose();

    /// <summary>Finds the paragraph's levels and the font family of each of its characters; returns whether it runs right to left.</summary>
    public bool Analyse(IReadOnlyList<StyledSpan> spans, bool rightToLeft)
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

        if (Levels.Length < text.Length)
            (Levels, Families) = (new byte[text.Length * 2], new int[text.Length * 2]);
        var language = spans.Count > 0 ? spans[0].Language : null;
        // A right-to-left brief's own sentence runs right to left even when it opens with dataset text of the
        // other direction ("Documents signed at the talks: 36. الوثائق …"); a paragraph of dataset text alone
        // (every span with letters in the dataset's language) takes its first strong character's direction.
        var ownWords = rightToLeft && language is not null && HasOwnWords(spans);
        var direction = Languages.IsRightToLeft(language) || (rightToLeft && language is null) || ownWords ? (byte)1 : BidiParagraph.FromFirstStrong;
        var along = new Direction(direction == 1, direction == 1 || (AnyIsolated(spans) && BidiParagraph.NeedsBidi(text) && BidiParagraph.FirstStrongIsRightToLeft(text) == true));
        var rightToLeftParagraph = Isolates(spans, along) is { } isolated
            ? IsolatedLevels(spans, isolated, direction, along)
            : bidi.Levels(text, direction, Levels) == 1;
        itemizer.Families(text, Families);
        return rightToLeftParagraph;
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
            Array.Copy(all, from, Levels, to, spans[s].Text.Length);
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
}
