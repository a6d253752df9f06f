using Reports.PdfWriter.Document;
using Reports.PdfWriter.Validation;

namespace Reports.PdfWriter.Writing;

/// <summary>Document-wide rules checked when the document is finished: title, language, and that every link and bookmark lands.</summary>
internal static class DocumentChecks
{
    public static void Check(DocumentState document, DocumentInfo info, IReadOnlyList<OutlineItem> outline)
    {
        var problems = document.Problems;
        if (string.IsNullOrWhiteSpace(info.Title))
            problems.Add(Violation.NoDocumentTitle, "document", "the document has no title; PDF/UA shows it in the title bar");
        if (string.IsNullOrWhiteSpace(info.Language))
            problems.Add(Violation.NoDocumentLanguage, "document", "the document has no language; give a BCP 47 tag such as 'en-GB'");
        else if (!Languages.IsTag(info.Language))
            problems.Add(Violation.InvalidLanguage, "document", $"'{info.Language}' is not a BCP 47 language tag (e.g. 'en-GB')");
        foreach (var (name, where) in document.LinkedDestinations)
        {
            if (!document.Destinations.ContainsKey(name))
                problems.Add(Violation.UnknownDestination, where, $"a link goes to '{name}', which no page added as a destination");
        }

        CheckOutline(document, outline);
    }

    private static void CheckOutline(DocumentState document, IReadOnlyList<OutlineItem> items)
    {
        foreach (var item in items)
        {
            if (!document.Destinations.ContainsKey(item.Destination))
                document.Problems.Add(Violation.UnknownDestination, $"bookmark '{item.Title}'", $"the bookmark goes to '{item.Destination}', which no page added as a destination");
            CheckOutline(document, item.Children);
        }
    }
}
