using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace Reports.PdfWriter.Tests;

/// <summary>XMP, Info dictionary and catalog: what the file says about itself and the standards it claims.</summary>
public sealed class MetadataTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace XmpBasic = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace MM = "http://ns.adobe.com/xap/1.0/mm/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace PdfUAId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace Extension = "http://www.aiim.org/pdfa/ns/extension/";
    private static readonly XNamespace Schema = "http://www.aiim.org/pdfa/ns/schema#";
    private static readonly XNamespace Property = "http://www.aiim.org/pdfa/ns/property#";

    [SkippableFact]
    public void The_xmp_holds_title_creator_dates_and_producer_from_the_document_information()
    {
        Some.RequireFonts();
        var xmp = Xmp(Sample.Document(), out _);

        xmp.Descendants(Dc + "title").Single().Descendants(Rdf + "li").Single().Value.ShouldBe("Summit brief");
        xmp.Descendants(Dc + "title").Single().Descendants(Rdf + "li").Single().Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe("x-default");
        xmp.Descendants(Dc + "creator").Single().Descendants(Rdf + "li").Single().Value.ShouldBe("Research desk");
        xmp.Descendants(Dc + "description").Single().Value.ShouldBe("Outcomes of the summit");
        xmp.Descendants(Dc + "language").Single().Value.ShouldBe("en-GB");
        xmp.Descendants(XmpBasic + "CreateDate").Single().Value.ShouldBe("2025-05-08T09:30:00+03:00");
        xmp.Descendants(XmpBasic + "ModifyDate").Single().Value.ShouldBe("2025-05-08T09:30:00+03:00");
        xmp.Descendants(XmpBasic + "CreatorTool").Single().Value.ShouldBe("Reports tests");
        xmp.Descendants(Pdf + "Producer").Single().Value.ShouldBe("Reports.PdfWriter");
        xmp.Descendants(Pdf + "Keywords").Single().Value.ShouldBe("summit, trade");
    }

    [SkippableFact]
    public void The_default_claims_pdf_a_2a_and_pdf_ua_1_and_describes_the_pdfuaid_schema_for_pdf_a()
    {
        Some.RequireFonts();
        var xmp = Xmp(Sample.Document(), out var packet);

        xmp.Descendants(PdfAId + "part").Single().Value.ShouldBe("2");
        xmp.Descendants(PdfAId + "conformance").Single().Value.ShouldBe("A");
        xmp.Descendants(PdfUAId + "part").Single().Value.ShouldBe("1");
        var schema = xmp.Descendants(Extension + "schemas").Single().Descendants(Rdf + "li").First();
        schema.Element(Schema + "namespaceURI")!.Value.ShouldBe("http://www.aiim.org/pdfua/ns/id/");
        schema.Element(Schema + "prefix")!.Value.ShouldBe("pdfuaid");
        var property = schema.Descendants(Property + "name").Single().Parent!;
        property.Element(Property + "name")!.Value.ShouldBe("part");
        property.Element(Property + "valueType")!.Value.ShouldBe("Integer");
        property.Element(Property + "category")!.Value.ShouldBe("internal");
        packet.ShouldStartWith("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>");
        packet.ShouldNotContain("bytes=");
        packet.ShouldNotContain("encoding=");
    }

    [SkippableFact]
    public void Each_standard_claims_only_its_own_conformance()
    {
        Some.RequireFonts();
        var claims = Enum.GetValues<PdfStandard>().Select(s =>
        {
            var xmp = Xmp(Sample.Document(s), out _);
            return (s, xmp.Descendants(PdfAId + "conformance").SingleOrDefault()?.Value, xmp.Descendants(PdfUAId + "part").Any(), xmp.Descendants(Extension + "schemas").Any());
        });

        claims.ShouldBe(
        [
            (PdfStandard.Ua1A2a, "A", true, true),
            (PdfStandard.A2b, "B", false, false),
            (PdfStandard.A2u, "U", false, false),
            (PdfStandard.None, null, false, false),
        ]);
    }

    [SkippableFact]
    public void The_instance_id_is_the_trailer_id_and_the_document_id_is_a_hash_of_title_and_date()
    {
        Some.RequireFonts();
        var document = Sample.Document();
        var xmp = Xmp(document, out _);
        var renamed = Xmp(Written.Of(2, (page, root) => TextTests.Paragraph(page, root, Shaper.Run(Some.Sans, "Text", 72, 72)), outline: [],
            info: Some.Info with { Title = "Another brief" }), out _);

        var instance = xmp.Descendants(MM + "InstanceID").Single().Value;
        instance.ShouldMatch("^uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        instance[5..].Replace("-", "").ToUpperInvariant().ShouldBe(FileStructureTests.Id(document.File())[0]);
        var documentId = xmp.Descendants(MM + "DocumentID").Single().Value;
        documentId.ShouldStartWith("uuid:");
        documentId.ShouldNotBe(instance);
        renamed.Descendants(MM + "DocumentID").Single().Value.ShouldNotBe(documentId);
    }

    [SkippableFact]
    public void The_info_dictionary_says_what_the_xmp_says()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();

        var info = pdf.Information;
        (info.Title, info.Author, info.Subject, info.Keywords, info.Creator, info.Producer)
            .ShouldBe(("Summit brief", "Research desk", "Outcomes of the summit", "summit, trade", "Reports tests", "Reports.PdfWriter"));
        info.GetCreatedDateTimeOffset().ShouldBe(Some.Date);
        info.GetModifiedDateTimeOffset().ShouldBe(Some.Date);
    }

    [SkippableFact]
    public void The_catalog_marks_the_file_tagged_shows_its_title_and_gives_an_srgb_output_intent()
    {
        Some.RequireFonts();
        using var pdf = Sample.Document().Open();
        var objects = new PdfObjects(pdf);
        var catalog = objects.Catalog;

        ((BooleanToken)objects.Dictionary(catalog, "MarkInfo").Data["Marked"]).Data.ShouldBeTrue();
        ((BooleanToken)objects.Dictionary(catalog, "ViewerPreferences").Data["DisplayDocTitle"]).Data.ShouldBeTrue();
        var intent = (DictionaryToken)objects.Array(catalog, "OutputIntents").Single();
        objects.Name(intent, "S").ShouldBe("GTS_PDFA1");
        objects.Text(intent, "OutputConditionIdentifier").ShouldBe("sRGB IEC61966-2.1");
        var profile = objects.Stream(intent, "DestOutputProfile");
        objects.Number(profile.StreamDictionary, "N").ShouldBe(3);
        PdfObjects.Data(profile)[36..40].ShouldBe("acsp"u8.ToArray());
    }

    private static XDocument Xmp(Written document, out string packet)
    {
        using var pdf = document.Open();
        var objects = new PdfObjects(pdf);
        var stream = objects.Stream(objects.Catalog, "Metadata");
        stream.StreamDictionary.Data.ContainsKey("Filter").ShouldBeFalse();
        packet = System.Text.Encoding.UTF8.GetString(PdfObjects.Data(stream));
        return XDocument.Parse(packet);
    }
}
