namespace Reports.PdfWriter.Validation;

/// <summary>
/// Every rule the writer enforces, as one value per rule (krilla's <c>ValidationError</c> is the model).
/// Which rules a standard enforces is <see cref="StandardRules.Prohibits"/>; a file that breaks one is not
/// finished, so "cannot be PDF/UA" is an error with a reason, never a silently broken file.
/// </summary>
public enum Violation
{
    /// <summary>Content drawn outside every tagged sequence and artifact.</summary>
    UntaggedContent,

    /// <summary>Glyph 0 (.notdef) drawn: the font has no glyph for a character.</summary>
    NotDefGlyph,

    /// <summary>A glyph whose source text is empty, so it cannot be mapped to Unicode.</summary>
    NoUnicodeMapping,

    /// <summary>A glyph mapped to U+0000, U+FEFF or U+FFFE.</summary>
    InvalidCodepoint,

    /// <summary>A glyph mapped to a private-use code point, which means nothing to a reader.</summary>
    PrivateUseCodepoint,

    /// <summary>The font's licence (OS/2 fsType) forbids embedding its outlines.</summary>
    RestrictedFont,

    /// <summary>The font has neither TrueType nor CFF outlines (CFF2, bitmaps only), or cannot be read.</summary>
    UnsupportedFont,

    /// <summary>A Figure without alternate text.</summary>
    FigureWithoutAlt,

    /// <summary>A heading more than one level below the one before it (or a first heading below H1).</summary>
    HeadingLevelSkipped,

    /// <summary>A TH without <c>/Scope</c>.</summary>
    TableHeaderWithoutScope,

    /// <summary>An element where its type may not be (a TD outside a TR, an LI outside an L, …).</summary>
    MisplacedElement,

    /// <summary>A tagged sequence no element holds.</summary>
    ContentWithoutParent,

    /// <summary>A tagged sequence or annotation held by more than one element.</summary>
    ContentWithSeveralParents,

    /// <summary>The tree holds a content or annotation id this writer never issued.</summary>
    UnknownContent,

    /// <summary>A link annotation that is not the child of a Link element.</summary>
    AnnotationOutsideLink,

    /// <summary>A link annotation without text for <c>/Contents</c>.</summary>
    MissingLinkText,

    /// <summary>A link or bookmark to a named destination no page added.</summary>
    UnknownDestination,

    /// <summary>Two destinations with one name.</summary>
    DuplicateDestination,

    /// <summary>The document has no title.</summary>
    NoDocumentTitle,

    /// <summary>The document has no language.</summary>
    NoDocumentLanguage,

    /// <summary>A language that is not a BCP 47 tag.</summary>
    InvalidLanguage,

    /// <summary>A background artifact without a bounding box.</summary>
    BackgroundWithoutBBox,

    /// <summary>Raw operators that use something other than paths and colours, or leave q/Q unbalanced.</summary>
    UnsupportedOperator,
}
