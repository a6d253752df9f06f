using Reports.PdfWriter.Tagging;
using Reports.PdfWriter.Writing;

namespace Reports.PdfWriter.Validation;

/// <summary>
/// Checks the tag tree against the pages written: every tagged sequence and link annotation has exactly
/// one parent (annotations a Link), headings do not skip levels, figures have Alt, header cells a Scope, and
/// tables, lists and contents hold only what they may.
/// </summary>
internal sealed class TreeValidator(IReadOnlyList<PageRecord> pages, Problems problems)
{
    /// <summary>Where each kind may sit: the kinds its parent may have.</summary>
    private static readonly Dictionary<TagKind, TagKind[]> Parents = new()
    {
        [TagKind.TR] = [TagKind.Table, TagKind.THead, TagKind.TBody, TagKind.TFoot],
        [TagKind.TH] = [TagKind.TR],
        [TagKind.TD] = [TagKind.TR],
        [TagKind.THead] = [TagKind.Table],
        [TagKind.TBody] = [TagKind.Table],
        [TagKind.TFoot] = [TagKind.Table],
        [TagKind.LI] = [TagKind.L],
        [TagKind.Lbl] = [TagKind.LI],
        [TagKind.LBody] = [TagKind.LI],
        [TagKind.TOCI] = [TagKind.TOC],
    };

    /// <summary>Containers that hold only elements of these kinds, and no content of their own.</summary>
    private static readonly Dictionary<TagKind, TagKind[]> Children = new()
    {
        [TagKind.Table] = [TagKind.TR, TagKind.THead, TagKind.TBody, TagKind.TFoot, TagKind.Caption],
        [TagKind.THead] = [TagKind.TR],
        [TagKind.TBody] = [TagKind.TR],
        [TagKind.TFoot] = [TagKind.TR],
        [TagKind.TR] = [TagKind.TH, TagKind.TD],
        [TagKind.L] = [TagKind.LI, TagKind.Caption, TagKind.L],
        [TagKind.LI] = [TagKind.Lbl, TagKind.LBody],
        [TagKind.TOC] = [TagKind.TOCI, TagKind.TOC, TagKind.Caption],
    };

    private readonly byte[][] contentParents = [.. pages.Select(p => new byte[p.McidCount])];
    private readonly byte[][] annotationParents = [.. pages.Select(p => new byte[p.Annotations.Count])];
    /// <summary>Where the visit is: each element's kind and position, written out only for a problem.</summary>
    private readonly List<(TagKind Kind, int Position)> path = [];
    private int lastHeading;

    public void Validate(TagTree tree)
    {
        for (var i = 0; i < tree.Children.Count; i++)
            Visit(tree.Children[i], null, i);
        ReportOrphans();
    }

    private void Visit(TagGroup group, TagGroup? parent, int position)
    {
        path.Add((group.Tag.Kind, position));
        CheckTag(group.Tag);
        if (Parents.TryGetValue(group.Tag.Kind, out var allowed) && (parent is null || !allowed.Contains(parent.Tag.Kind)))
            Add(Violation.MisplacedElement, $"a {group.Tag.Kind} must be inside {string.Join(" or ", allowed)}, not {parent?.Tag.Kind.ToString() ?? "the root"}");
        if (parent is not null && Children.TryGetValue(parent.Tag.Kind, out var held) && !held.Contains(group.Tag.Kind))
            Add(Violation.MisplacedElement, $"a {parent.Tag.Kind} may hold only {string.Join(", ", held)}, not a {group.Tag.Kind}");
        var i = 0;
        foreach (var child in group.Children)
        {
            if (child.Group is { } sub)
                Visit(sub, group, i);
            else
                Count(group, child);
            i++;
        }

        path.RemoveAt(path.Count - 1);
    }

    private void CheckTag(Tag tag)
    {
        if (tag.HeadingLevel > 0)
        {
            if (tag.HeadingLevel > lastHeading + 1)
                Add(Violation.HeadingLevelSkipped, $"an H{tag.HeadingLevel} follows {(lastHeading == 0 ? "no heading" : $"an H{lastHeading}")}; use H{lastHeading + 1} (headings may not skip a level)");
            lastHeading = tag.HeadingLevel;
        }

        if (tag.Kind == TagKind.Figure && string.IsNullOrWhiteSpace(tag.Alt) && string.IsNullOrWhiteSpace(tag.ActualText))
            Add(Violation.FigureWithoutAlt, "a Figure has no alternate text; give Tag.Figure an Alt that says what it shows");
        if (tag.Kind == TagKind.TH && tag.Scope is null)
            Add(Violation.TableHeaderWithoutScope, "a TH has no Scope; say whether it heads its column, its row or both");
        if (tag.Lang is { } lang && !Languages.IsTag(lang))
            Add(Violation.InvalidLanguage, $"'{lang}' is not a BCP 47 language tag (e.g. 'en', 'ru', 'zh-Hans')");
    }

    private void Count(TagGroup group, TagChild child)
    {
        if (Children.ContainsKey(group.Tag.Kind) && child.IsContent)
            Add(Violation.MisplacedElement, $"content sits directly in a {group.Tag.Kind}; put it inside one of its {string.Join(", ", Children[group.Tag.Kind])} elements");
        var counts = child.IsAnnotation ? annotationParents : contentParents;
        if (child.Page < 0 || child.Page >= counts.Length || child.Number < 0 || child.Number >= counts[child.Page].Length)
        {
            Add(Violation.UnknownContent, $"the tree holds {(child.IsAnnotation ? "annotation" : "marked content")} {child.Number} of page {child.Page + 1}, which was never drawn");
            return;
        }

        if (child.IsAnnotation && group.Tag.Kind != TagKind.Link)
            Add(Violation.AnnotationOutsideLink, $"link annotation {child.Number} of page {child.Page + 1} sits in a {group.Tag.Kind}; put it in a Link element with the link's text");
        ref var parents = ref counts[child.Page][child.Number];
        if (parents == 1)
            Add(Violation.ContentWithSeveralParents, $"{(child.IsAnnotation ? "annotation" : "marked content")} {child.Number} of page {child.Page + 1} already belongs to another element; each belongs to exactly one");
        parents = (byte)Math.Min(2, parents + 1);
    }

    private void ReportOrphans()
    {
        for (var page = 0; page < pages.Count; page++)
        {
            var orphans = Enumerable.Range(0, contentParents[page].Length).Where(m => contentParents[page][m] == 0).ToList();
            if (orphans.Count > 0)
                problems.Add(Violation.ContentWithoutParent, $"page {page + 1}", $"marked content {string.Join(", ", orphans.Take(10))}{(orphans.Count > 10 ? ", …" : "")} ({orphans.Count} in all) belongs to no structure element; add each ContentId to one TagGroup");
            var loose = Enumerable.Range(0, annotationParents[page].Length).Where(a => annotationParents[page][a] == 0).ToList();
            if (loose.Count > 0)
                problems.Add(Violation.AnnotationOutsideLink, $"page {page + 1}", $"link annotation {string.Join(", ", loose)} belongs to no Link element; add each AnnotationId to the Link element of its text");
        }
    }

    private void Add(Violation rule, string detail) => problems.Add(rule, "tag tree: " + string.Join(" › ", path.Select(p => $"{p.Kind}[{p.Position + 1}]")), detail);
}
