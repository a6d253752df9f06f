using Reports.PdfWriter.Validation;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter;

/// <summary>The end of a page: its content streams, annotations and dictionary written out.</summary>
public sealed partial class PageCanvas
{
    /// <summary>Writes the page's content, annotations and dictionary; nothing of the page stays but its record.</summary>
    internal PageRecord Finish()
    {
        CheckEnd();
        if (late is not null && split < 0)
            throw new InvalidOperationException($"Page {Index + 1} reserved content for its late content but never placed it: call Defer.");
        var contents = document.Output.Reserve();
        var body = split >= 0 ? Content.Span[..split] : Content.Span;
        document.Output.WriteStream(contents, document.Scratch.Cleared(), body, bulk: true);
        var after = 0;
        if (split >= 0 && split < Content.Length)
        {
            after = document.Output.Reserve();
            document.Output.WriteStream(after, document.Scratch.Cleared(), Content.Span[split..], bulk: true);
        }

        for (var i = 0; i < links.Count; i++)
        {
            if (late is null || !late.Links.Exists(l => l.Index == i))
                AnnotationWriter.Write(document, links[i].Link, links[i].Record, ObjectNumber, Size.Height);
        }

        WriteDictionary(contents, late?.Stream ?? 0, after);
        if (late is not null)
            document.Late.Add(late);
        return new PageRecord(ObjectNumber, Size, StructParents, mcids, [.. links.Select(l => l.Record)]);
    }

    private void CheckEnd()
    {
        if (open != Sequence.None)
            throw new InvalidOperationException($"Page {Index + 1} ends inside {Describe(open)}; call {(open == Sequence.Tagged ? "EndTagged" : "EndArtifact")} first.");
        if (untagged > 0)
            document.Problems.Add(Violation.UntaggedContent, Where, $"{untagged} graphic{(untagged == 1 ? " was" : "s were")} drawn outside tagged content and artifacts (the first: {firstUntagged}); draw content inside StartTagged/EndTagged, decoration inside StartArtifact/EndArtifact");
    }

    /// <summary>The page's dictionary; its content is one stream, or the three of a page with late content.</summary>
    private void WriteDictionary(int contents, int lateStream, int after)
    {
        var page = document.Scratch.Cleared().Raw("<</Type /Page /Parent ").Ref(document.PagesRoot).Raw(" /MediaBox [0 0 ")
            .Number(Size.Width).Space().Number(Size.Height).Raw("] /Resources <</Font ").Ref(document.FontDictionary);
        document.Opacities.Resource(page);
        if (forms.Count > 0)
        {
            page.Raw(" /XObject <<");
            foreach (var (name, number) in forms)
                page.Raw("/").Raw(name).Space().Ref(number).Space();
            page.Raw(">>");
        }

        page.Raw(">> /Contents ");
        if (lateStream == 0)
        {
            page.Ref(contents);
        }
        else
        {
            page.Raw("[").Ref(contents).Space().Ref(lateStream);
            if (after != 0)
                page.Space().Ref(after);
            page.Raw("]");
        }

        page.Raw(" /StructParents ").Int(StructParents).Raw(" /Tabs /S");
        if (links.Count > 0)
        {
            page.Raw(" /Annots [");
            foreach (var (_, record) in links)
                page.Ref(record.ObjectNumber).Space();
            page.Raw("]");
        }

        document.Output.WriteObject(ObjectNumber, page.Raw(">>"));
    }
}
