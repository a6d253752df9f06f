namespace Reports.Pdf.Tests;

public class MetadataTests
{
    [Fact]
    public void Document_information_comes_from_the_metadata()
    {
        using var pdf = Rendered.Of(Some.Document(Some.Paragraph("Body"))).Open();

        var info = pdf.Information;
        info.Title.ShouldBe("Summit brief");
        info.Subject.ShouldBe("Outcomes of the summit");
        info.Author.ShouldBe("Research desk");
        info.Keywords.ShouldBe("summit, trade");
        info.Creator.ShouldBe("Reports test");
        info.Producer.ShouldBe("Reports.Layout");
        info.GetCreatedDateTimeOffset().ShouldBe(Some.Date);
        info.GetModifiedDateTimeOffset().ShouldBe(Some.Date);
    }

    [Fact]
    public void The_same_document_renders_to_identical_bytes()
    {
        var first = Rendered.Of(Some.Mixed()).Bytes;
        var second = Rendered.Of(Some.Mixed()).Bytes;

        second.SequenceEqual(first).ShouldBeTrue();
    }

    [Fact]
    public void A_different_creation_date_changes_the_bytes()
    {
        var first = Rendered.Of(Some.Mixed()).Bytes;
        var later = Some.Mixed() with { Metadata = Some.Metadata with { Created = Some.Date.AddDays(1) } };

        Rendered.Of(later).Bytes.SequenceEqual(first).ShouldBeFalse();
    }
}
