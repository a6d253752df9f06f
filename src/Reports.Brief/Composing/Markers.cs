using Reports.Domain.Changes;
using Reports.Domain.Model;
using Reports.Layout.Model;

namespace Reports.Brief.Composing;

/// <summary>
/// The marks on figures that changed since the earlier edition, wherever the figure appears (cards, other
/// figures, the appendix), and the legend line that explains them.
/// </summary>
internal static class Markers
{
    /// <summary>A figure whose value, qualifier, kind, period or unit changed.</summary>
    public const string Changed = "Δ";

    /// <summary>A figure the earlier edition did not have: "new", in the brief's language.</summary>
    public static string Added(BriefContext c) => c.Words["marker.new"];

    /// <summary>The mark for this figure; null when it is as it was or there is no earlier edition.</summary>
    public static string? Of(BriefContext c, Indicator indicator) => c.Changes?.Of(indicator.Id)?.Kind switch
    {
        ChangeKind.Changed => Changed,
        ChangeKind.Added => Added(c),
        _ => null,
    };

    /// <summary>The mark after a no-break space (it never starts a line alone), or nothing.</summary>
    public static IEnumerable<Span> After(BriefContext c, Indicator indicator) =>
        Of(c, indicator) is { } mark ? [new Span("\u00A0"), Span.Unbroken(mark, Style)] : [];

    public static SpanStyle Style { get; } = new(Bold: true, Color: "#13807A");

    public static bool AnyAmong(BriefContext c, IEnumerable<Indicator> indicators) => indicators.Any(i => Of(c, i) is not null);

    /// <summary>"Δ changed since 8 May 2025 · new added since then · see Changes since 8 May 2025", the last
    /// part (a link) left out on the changes page itself.</summary>
    public static IReadOnlyList<Span> Legend(BriefContext c, bool withLink = true)
    {
        var since = c.ChangeTexts.Date(c.Changes!.Since);
        List<Span> legend = [Span.Unbroken(Changed, Style), new Span(" " + c.Words.Format("marker.changedSince", ("date", since)) + " · "), Span.Unbroken(Added(c), Style), new Span(" " + c.Words["marker.addedSince"])];
        if (withLink)
            legend.AddRange([new Span(" · " + c.Words["marker.see"] + " "), new Span(ChangesComposer.Title(c), LinkAnchor: Anchors.Changes)]);
        return legend;
    }

    /// <summary>The legend as a caption line after a row of cards, when one of them is marked.</summary>
    public static IEnumerable<Block> LegendFor(BriefContext c, IEnumerable<Indicator> shown)
    {
        if (c.Changes is not null && AnyAmong(c, shown))
            yield return new Paragraph(Legend(c), ParagraphRole.Caption);
    }
}
