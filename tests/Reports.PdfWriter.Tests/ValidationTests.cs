using Reports.PdfWriter.Content;
using Reports.PdfWriter.Document;
using Reports.PdfWriter.Geometry;
using Reports.PdfWriter.Tagging;
using Reports.PdfWriter.Validation;

namespace Reports.PdfWriter.Tests;

/// <summary>Each rule a standard holds is a value the writer reports, with where and why, instead of a broken file.</summary>
public sealed class ValidationTests
{
    [SkippableFact]
    public void A_figure_without_alternate_text_cannot_be_pdf_ua()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Tagged(page, root.Open(new Tag(TagKind.Figure)), TagKind.Figure, new RectShape(new Rect(72, 72, 100, 50), RgbColor.Black)));

        document.Result.Written.ShouldBeFalse();
        document.Result.Errors.ShouldBe([new ValidationError(Violation.FigureWithoutAlt, "tag tree: Document[1] › Figure[1]",
            "a Figure has no alternate text; give Tag.Figure an Alt that says what it shows")]);
    }

    [SkippableFact]
    public void A_heading_that_skips_a_level_is_reported_with_the_level_it_should_have()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Tagged(page, root.Open(Tag.H(1)), TagKind.H1, Shaper.Run(Some.Sans, "Title", 72, 72));
            Tagged(page, root.Open(Tag.H(3)), TagKind.H3, Shaper.Run(Some.Sans, "Too deep", 72, 100));
        });

        var error = document.Result.Errors.Single();
        error.Rule.ShouldBe(Violation.HeadingLevelSkipped);
        error.Where.ShouldBe("tag tree: Document[1] › H3[2]");
        error.Detail.ShouldBe("an H3 follows an H1; use H2 (headings may not skip a level)");
    }

    [SkippableFact]
    public void A_first_heading_below_h1_is_a_skipped_level()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Tagged(page, root.Open(Tag.H(2)), TagKind.H2, Shaper.Run(Some.Sans, "Section", 72, 72)));

        document.Result.Errors.Select(e => e.Rule).ShouldBe([Violation.HeadingLevelSkipped]);
    }

    [SkippableFact]
    public void Content_drawn_outside_tags_and_artifacts_is_untagged()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Tagged(page, root.Open(Tag.P), TagKind.P, Shaper.Run(Some.Sans, "Tagged", 72, 72));
            page.Draw(Shaper.Run(Some.Sans, "Loose words", 72, 100));
            page.Draw(new LineShape(new Point(72, 110), new Point(200, 110), RgbColor.Black, 1));
        });

        document.Result.Errors.ShouldBe([new ValidationError(Violation.UntaggedContent, "page 1",
            "2 graphics were drawn outside tagged content and artifacts (the first: the text 'Loose words'); draw content inside StartTagged/EndTagged, decoration inside StartArtifact/EndArtifact")]);
    }

    [SkippableFact]
    public void A_header_cell_without_scope_is_reported()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            var row = root.Open(Tag.Table).Open(Tag.TR);
            Tagged(page, row.Open(new Tag(TagKind.TH)), TagKind.TH, Shaper.Run(Some.Sans, "Header", 72, 72));
            Tagged(page, row.Open(Tag.TD), TagKind.TD, Shaper.Run(Some.Sans, "Cell", 200, 72));
        });

        var error = document.Result.Errors.Single();
        error.Rule.ShouldBe(Violation.TableHeaderWithoutScope);
        error.Where.ShouldBe("tag tree: Document[1] › Table[1] › TR[1] › TH[1]");
    }

    [SkippableFact]
    public void Glyph_zero_is_refused_under_every_standard_with_the_character_it_stood_for()
    {
        Some.RequireFonts();
        foreach (var standard in Enum.GetValues<PdfStandard>())
        {
            var document = Written.Page((page, root) => Tagged(page, root.Open(Tag.P), TagKind.P, Shaper.Run(Some.Sans, "文", 72, 72)), new PdfWriterOptions(standard));

            document.Result.Written.ShouldBeFalse();
            var error = document.Result.Errors.Single();
            error.Rule.ShouldBe(Violation.NotDefGlyph);
            error.Where.ShouldBe("page 1, text '文'");
            error.Detail.ShouldBe("glyph 0 (.notdef) drawn for U+6587: DejaVuSans.ttf has no glyph for it; draw it with a font that covers it");
        }
    }

    [SkippableFact]
    public void Elements_where_their_type_may_not_be_are_reported()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            Tagged(page, root.Open(Tag.P).Open(Tag.TD), TagKind.TD, Shaper.Run(Some.Sans, "Cell", 72, 72));
            Tagged(page, root.Open(Tag.L()).Open(Tag.P), TagKind.P, Shaper.Run(Some.Sans, "Item", 72, 100));
        });

        document.Result.Errors.Select(e => (e.Rule, e.Where, e.Detail)).ShouldBe(
        [
            (Violation.MisplacedElement, "tag tree: Document[1] › P[1] › TD[1]", "a TD must be inside TR, not P"),
            (Violation.MisplacedElement, "tag tree: Document[1] › L[2] › P[1]", "a L may hold only LI, Caption, L, not a P"),
        ]);
    }

    [SkippableFact]
    public void Content_no_element_holds_and_content_two_elements_hold_are_reported()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            var id = page.StartTagged(TagKind.P);
            page.Draw(Shaper.Run(Some.Sans, "Twice", 72, 72));
            page.EndTagged();
            root.Open(Tag.P).Add(id);
            root.Open(Tag.P).Add(id);
            page.StartTagged(TagKind.P);
            page.Draw(Shaper.Run(Some.Sans, "Never", 72, 100));
            page.EndTagged();
        });

        document.Result.Errors.Select(e => (e.Rule, e.Where)).ShouldBe(
        [
            (Violation.ContentWithSeveralParents, "tag tree: Document[1] › P[2]"),
            (Violation.ContentWithoutParent, "page 1"),
        ]);
        document.Result.Errors[1].Detail.ShouldStartWith("marked content 1 (1 in all) belongs to no structure element");
    }

    [SkippableFact]
    public void A_link_annotation_outside_a_link_element_and_a_link_without_text_are_reported()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            page.AddDestination(new NamedDestination("here", new Point(72, 72)));
            var p = root.Open(Tag.P);
            Tagged(page, p, TagKind.P, Shaper.Run(Some.Sans, "Go there", 72, 72));
            p.Add(page.AddLink(new LinkAnnotation(new Rect(72, 60, 50, 14), new DestinationTarget("here"), " ")));
        });

        document.Result.Errors.Select(e => e.Rule).ShouldBe([Violation.MissingLinkText, Violation.AnnotationOutsideLink]);
    }

    [SkippableFact]
    public void A_link_or_bookmark_to_a_destination_no_page_added_is_refused_under_every_standard()
    {
        Some.RequireFonts();
        var document = Written.Of(1, (page, root) =>
        {
            var link = root.Open(Tag.P).Open(Tag.Link);
            Tagged(page, link, TagKind.Link, Shaper.Run(Some.Sans, "Nowhere", 72, 72));
            link.Add(page.AddLink(new LinkAnnotation(new Rect(72, 60, 50, 14), new DestinationTarget("missing"), "Nowhere")));
        }, new PdfWriterOptions(PdfStandard.None), [new OutlineItem("Lost", "lost")]);

        document.Result.Errors.ShouldBe(
        [
            new ValidationError(Violation.UnknownDestination, "page 1", "a link goes to 'missing', which no page added as a destination"),
            new ValidationError(Violation.UnknownDestination, "bookmark 'Lost'", "the bookmark goes to 'lost', which no page added as a destination"),
        ]);
    }

    [SkippableFact]
    public void A_document_without_title_or_language_cannot_be_pdf_ua()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Tagged(page, root.Open(Tag.P), TagKind.P, Shaper.Run(Some.Sans, "Text", 72, 72)),
            info: Some.Info with { Title = "", Language = "" });

        document.Result.Errors.Select(e => e.Rule).ShouldBe([Violation.NoDocumentTitle, Violation.NoDocumentLanguage]);
    }

    [SkippableFact]
    public void A_language_that_is_not_a_bcp47_tag_is_reported()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) => Tagged(page, root.Open(Tag.Span("english please")), TagKind.Span, Shaper.Run(Some.Sans, "Text", 72, 72)));

        document.Result.Errors.Select(e => (e.Rule, e.Where)).ShouldBe([(Violation.InvalidLanguage, "tag tree: Document[1] › Span[1]")]);
    }

    [SkippableFact]
    public void Raw_operators_that_draw_text_are_refused()
    {
        Some.RequireFonts();
        var form = new Form(100, 100, [new RawOperators("BT /F1 12 Tf (secret) Tj ET")]);
        var document = Written.Page((page, root) =>
        {
            var figure = root.Open(Tag.Figure("A drawing"));
            figure.Add(page.StartTagged(TagKind.Figure));
            page.Place(new PlacedForm(form, new Rect(72, 72, 100, 100)));
            page.EndTagged();
        }, new PdfWriterOptions(PdfStandard.None));

        var error = document.Result.Errors.Single();
        error.Rule.ShouldBe(Violation.UnsupportedOperator);
        error.Detail.ShouldStartWith("raw operators refused: the operator 'BT' is not a path, colour or line-style operator");
    }

    [SkippableFact]
    public void A_background_artifact_needs_its_bounding_box()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            page.StartArtifact(new Artifact(ArtifactKind.Background));
            page.Draw(new RectShape(new Rect(0, 0, 100, 100), RgbColor.White));
            page.EndArtifact();
            Tagged(page, root.Open(Tag.P), TagKind.P, Shaper.Run(Some.Sans, "Text", 72, 72));
        });

        document.Result.Errors.Select(e => e.Rule).ShouldBe([Violation.BackgroundWithoutBBox]);
    }

    [SkippableFact]
    public void A_text_holding_a_byte_order_mark_cannot_be_mapped_to_unicode_under_pdf_a_2u_but_can_under_a_2b()
    {
        Some.RequireFonts();
        Written Draw(PdfStandard standard) => Written.Page((page, root) => Tagged(page, root.Open(Tag.P), TagKind.P, Shaper.Run(Some.Sans, "a\uFEFFb", 72, 72)), new PdfWriterOptions(standard));

        Draw(PdfStandard.A2u).Result.Errors.Select(e => e.Rule).ShouldBe([Violation.InvalidCodepoint]);
        Draw(PdfStandard.A2b).Result.Errors.ShouldBeEmpty();
    }

    [SkippableFact]
    public void Without_a_standard_untagged_content_and_missing_alt_text_are_allowed_and_the_file_is_written()
    {
        Some.RequireFonts();
        var document = Written.Page((page, root) =>
        {
            page.Draw(Shaper.Run(Some.Sans, "Loose words", 72, 100));
            Tagged(page, root.Open(new Tag(TagKind.Figure)), TagKind.Figure, new RectShape(new Rect(72, 120, 100, 50), RgbColor.Black));
        }, new PdfWriterOptions(PdfStandard.None));

        document.Result.Errors.ShouldBeEmpty();
        using var pdf = document.Open();
        pdf.GetPage(1).Text.ShouldBe("Loose words");
    }

    [SkippableFact]
    public void Marked_content_does_not_nest_and_a_page_cannot_end_inside_it()
    {
        Some.RequireFonts();
        var writer = new PdfDocumentWriter(new MemoryStream(), Some.Info);
        var page = writer.BeginPage(PageSize.A4);
        page.StartTagged(TagKind.P);

        Should.Throw<InvalidOperationException>(() => page.StartArtifact(Artifact.Layout)).Message
            .ShouldBe("On page 1 an artifact was started inside a tagged sequence; marked content does not nest, so end the first one before starting the next.");
        Should.Throw<InvalidOperationException>(writer.EndPage).Message.ShouldBe("Page 1 ends inside a tagged sequence; call EndTagged first.");
    }

    [Fact]
    public void Only_the_accessible_standard_holds_the_tagging_rules_while_every_setting_refuses_glyph_zero()
    {
        StandardRules.Prohibits(PdfStandard.Ua1A2a, Violation.FigureWithoutAlt).ShouldBeTrue();
        StandardRules.Prohibits(PdfStandard.A2u, Violation.FigureWithoutAlt).ShouldBeFalse();
        StandardRules.Prohibits(PdfStandard.A2u, Violation.InvalidCodepoint).ShouldBeTrue();
        StandardRules.Prohibits(PdfStandard.A2b, Violation.InvalidCodepoint).ShouldBeFalse();
        Enum.GetValues<PdfStandard>().ShouldAllBe(s => StandardRules.Prohibits(s, Violation.NotDefGlyph));
    }

    private static void Tagged(PageCanvas page, TagGroup element, TagKind kind, Graphic graphic)
    {
        element.Add(page.StartTagged(kind));
        page.Draw(graphic);
        page.EndTagged();
    }
}
