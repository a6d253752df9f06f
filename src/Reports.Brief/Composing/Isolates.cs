using System.Text;
using Reports.Domain.Model;
using Reports.Layout.Model;
using Reports.Text;

namespace Reports.Brief.Composing;

/// <summary>
/// Figures and dataset text inside the brief's own words, isolated where they run the other way from the
/// brief (UAX #9's first-strong isolates): "~USD 200 bn" in an Arabic sentence reads left to right and the
/// sentence around it keeps its order. A value with no strong character of the other direction ("245",
/// "1.2 مليون" in an Arabic brief, any Latin text in an English one) stays part of the text around it, so
/// no needless isolate is made and a brief without text of the other direction is laid out as before.
/// </summary>
internal static class Isolates
{
    const char Start = '\u2068';
    const char End = '\u2069';

    /// <summary>Marks a value placed in a catalog sentence, for <see cref="Sentence"/> to isolate; never printed as it is.</summary>
    public static string Mark(string value) => Start + value + End;

    /// <summary>Whether text starts with a strong character of the other direction from the brief's.</summary>
    public static bool Needed(BriefContext c, string text) =>
        BidiParagraph.FirstStrongIsRightToLeft(text) is { } rightToLeft && rightToLeft != c.RightToLeft;

    /// <summary>
    /// A sentence of the brief's words with values <see cref="Mark"/>ed in it, as spans: each marked value that
    /// runs the other way an isolated span of its own, the rest (marks dropped) plain text in <paramref name="style"/>.
    /// </summary>
    public static IReadOnlyList<Span> Sentence(BriefContext c, string text, SpanStyle? style = null)
    {
        var spans = new List<Span>();
        var plain = new StringBuilder();
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf(Start, at);
            var end = start < 0 ? -1 : text.IndexOf(End, start + 1);
            if (end < 0)
            {
                plain.Append(text, at, text.Length - at);
                break;
            }

            plain.Append(text, at, start - at);
            var value = text[(start + 1)..end];
            if (Needed(c, value))
            {
                Flush();
                spans.Add(new Span(value, style) { Isolated = true });
            }
            else
            {
                plain.Append(value);
            }

            at = end + 1;
        }

        Flush();
        return spans.Count > 0 ? spans : [new Span("", style)];

        void Flush()
        {
            if (plain.Length > 0)
                spans.Add(new Span(plain.ToString(), style));
            plain.Clear();
        }
    }

    /// <summary>
    /// A figure as running text writes it, kept on one line: one isolated span ("~USD 200 bn"), or where the
    /// qualifier's words and the figure run in different directions ("USD 4.7 bn على الأقل"), the words and the
    /// isolated figure as spans of their own.
    /// </summary>
    public static IReadOnlyList<Span> Figure(BriefContext c, Indicator indicator, SpanStyle? style = null) =>
        Figure(c, c.Figures.QualifiedParts(indicator), style);

    /// <summary>
    /// A card's value (<see cref="Domain.Formatting.FigureFormatter.Compact"/>) as spans where the qualifier's words
    /// and the figure run in different directions; null where the card's value, isolated whole, reads right.
    /// </summary>
    public static IReadOnlyList<Span>? CardValue(BriefContext c, Indicator indicator) =>
        Figure(c, c.Figures.CompactParts(indicator), null) is { Count: > 1 } spans ? spans : null;

    static IReadOnlyList<Span> Figure(BriefContext c, (string Before, string Figure, string After) parts, SpanStyle? style)
    {
        var (before, figure, after) = parts;
        if ((before.Length == 0 && after.Length == 0) || !Needed(c, figure))
            return [Span.Figure(before + figure + after, style)];
        return [.. new[] { Span.Unbroken(before, style), Span.Figure(figure, style), Span.Unbroken(after, style) }.Where(s => s.Text.Length > 0)];
    }
}
