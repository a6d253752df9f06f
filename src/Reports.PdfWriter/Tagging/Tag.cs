using Reports.PdfWriter.Geometry;

namespace Reports.PdfWriter.Tagging;

/// <summary>
/// A structure element's type and attributes. <see cref="BBox"/> (Figure, Table) is in the top-left space of
/// the page that holds the element's first content, in points. Rules such as "a Figure has Alt" and "a TH
/// has a Scope" are checked when the document is finished, not here, so a tree can be built in any order.
/// </summary>
public sealed record Tag(TagKind Kind)
{
    /// <summary>Alternate description (<c>/Alt</c>): required on a Figure.</summary>
    public string? Alt { get; init; }

    /// <summary>Replacement text (<c>/ActualText</c>) for what the element's content shows.</summary>
    public string? ActualText { get; init; }

    /// <summary>BCP 47 language of this element when it differs from the document's (<c>/Lang</c>).</summary>
    public string? Lang { get; init; }

    /// <summary>Title of the element (<c>/T</c>), e.g. a section's name.</summary>
    public string? Title { get; init; }

    public TableHeaderScope? Scope { get; init; }

    public Rect? BBox { get; init; }

    public int RowSpan { get; init; } = 1;

    public int ColSpan { get; init; } = 1;

    public ListNumbering? Numbering { get; init; }

    // One shared instance per plain tag (records are immutable): a table of 100,000 rows holds 600,000 of them.
    public static Tag Document { get; } = new(TagKind.Document);

    public static Tag Part { get; } = new(TagKind.Part);

    public static Tag Sect { get; } = new(TagKind.Sect);

    public static Tag Div { get; } = new(TagKind.Div);

    public static Tag P { get; } = new(TagKind.P);

    public static Tag LI { get; } = new(TagKind.LI);

    public static Tag Lbl { get; } = new(TagKind.Lbl);

    public static Tag LBody { get; } = new(TagKind.LBody);

    public static Tag BlockQuote { get; } = new(TagKind.BlockQuote);

    public static Tag Caption { get; } = new(TagKind.Caption);

    public static Tag Table { get; } = new(TagKind.Table);

    public static Tag THead { get; } = new(TagKind.THead);

    public static Tag TBody { get; } = new(TagKind.TBody);

    public static Tag TR { get; } = new(TagKind.TR);

    public static Tag TD { get; } = new(TagKind.TD);

    public static Tag TOC { get; } = new(TagKind.TOC);

    public static Tag TOCI { get; } = new(TagKind.TOCI);

    public static Tag Link { get; } = new(TagKind.Link);

    /// <summary>A heading of level 1–6.</summary>
    public static Tag H(int level) => level is >= 1 and <= 6
        ? new(TagKind.H1 + (level - 1))
        : throw new ArgumentOutOfRangeException(nameof(level), level, "Heading levels are 1 to 6.");

    public static Tag L(ListNumbering numbering = ListNumbering.None) => new(TagKind.L) { Numbering = numbering };

    public static Tag TH(TableHeaderScope scope) => new(TagKind.TH) { Scope = scope };

    public static Tag Figure(string alt, Rect? bbox = null) => new(TagKind.Figure) { Alt = alt, BBox = bbox };

    public static Tag Span(string? lang = null) => new(TagKind.Span) { Lang = lang };

    /// <summary>The heading level of H1–H6, 0 for any other kind.</summary>
    public int HeadingLevel => Kind is >= TagKind.H1 and <= TagKind.H6 ? Kind - TagKind.H1 + 1 : 0;
}
