using Reports.Domain.Changes;
using Reports.Domain.Formatting;
using Reports.Domain.Model;

namespace Reports.Brief;

/// <summary>Every string of a summit that the brief may print, with the JSON path it came from (to locate a problem in what is drawn).</summary>
internal static class DatasetTexts
{
    static readonly ChangeTexts English = new(FigureFormatter.Default);

    public static IEnumerable<(string Path, string Text)> Of(Summit s)
    {
        var e = s.Event;
        yield return ("$.event.title", e.Title);
        if (e.Subtitle is { } subtitle) yield return ("$.event.subtitle", subtitle);
        if (e.DateNote is { } note) yield return ("$.event.dateNote", note);
        yield return ("$.event.place", e.Place);
        for (var i = 0; i < e.Parties.Count; i++)
            foreach (var t in Named($"$.event.parties[{i}]", e.Parties[i].Name, e.Parties[i].NativeName)) yield return t;
        for (var i = 0; i < e.Leaders.Count; i++)
        {
            foreach (var t in Named($"$.event.leaders[{i}]", e.Leaders[i].Name, e.Leaders[i].NativeName)) yield return t;
            yield return ($"$.event.leaders[{i}].role", e.Leaders[i].Role);
        }
        for (var i = 0; i < s.Summary.KeyJudgements.Count; i++)
            yield return ($"$.summary.keyJudgements[{i}].text", s.Summary.KeyJudgements[i].Text);
        for (var i = 0; i < s.Themes.Count; i++)
            foreach (var t in Theme($"$.themes[{i}]", s.Themes[i])) yield return t;
        for (var i = 0; i < s.Indicators.Count; i++)
            foreach (var t in Indicator($"$.indicators[{i}]", s.Indicators[i])) yield return t;
        for (var i = 0; i < s.Charts.Count; i++)
            foreach (var t in Chart($"$.charts[{i}]", s.Charts[i])) yield return t;
        for (var i = 0; i < s.Agreements.Count; i++)
            foreach (var t in Agreements($"$.agreements[{i}]", s.Agreements[i])) yield return t;
        for (var i = 0; i < s.Sources.Count; i++)
            foreach (var t in Source($"$.sources[{i}]", s.Sources[i])) yield return t;
    }

    /// <summary>What a change section prints of the earlier edition: the labels of figures removed or changed,
    /// the entries removed. The path names the earlier edition, which is where such a text must be fixed.</summary>
    public static IEnumerable<(string Path, string Text)> Of(ChangeSet? changes)
    {
        if (changes is null)
            yield break;
        foreach (var change in changes.Indicators.Where(c => c.Before is not null))
            yield return ($"the earlier edition: $.indicators[?(@.id=='{change.Id}')].label", change.Before!.Label);
        foreach (var item in changes.Items.Where(i => i.Kind == ChangeKind.Removed))
        {
            // Where a problem is, for the command line: in English, whatever the brief's language.
            yield return ($"the earlier edition: {English.ItemWords(item.Item)} removed", item.Text);
            if (item.Detail is { } detail)
                yield return ($"the earlier edition: {English.ItemWords(item.Item)} removed", detail);
        }
    }

    static IEnumerable<(string, string)> Named(string path, string name, string? native)
    {
        yield return (path + ".name", name);
        if (native is not null) yield return (path + ".nativeName", native);
    }

    static IEnumerable<(string, string)> Theme(string path, Theme t)
    {
        yield return (path + ".title", t.Title);
        for (var p = 0; p < t.Summary.Count; p++) yield return ($"{path}.summary[{p}]", t.Summary[p]);
        for (var q = 0; q < t.Quotes.Count; q++)
        {
            yield return ($"{path}.quotes[{q}].text", t.Quotes[q].Text);
            yield return ($"{path}.quotes[{q}].speaker", t.Quotes[q].Speaker);
        }
    }

    static IEnumerable<(string, string)> Indicator(string path, Indicator i)
    {
        yield return (path + ".id", i.Id);
        yield return (path + ".label", i.Label);
        yield return (path + ".excerpt", i.SourceExcerpt);
        if (i.QualifierText is { } q) yield return (path + ".qualifierText", q);
        if (i.Note is { } n) yield return (path + ".note", n);
    }

    static IEnumerable<(string, string)> Chart(string path, ChartSpec c)
    {
        yield return (path + ".title", c.Title);
        for (var k = 0; k < c.Categories.Count; k++) yield return ($"{path}.categories[{k}]", c.Categories[k]);
        for (var k = 0; k < c.Series.Count; k++) yield return ($"{path}.series[{k}].name", c.Series[k].Name);
        if (c.Note is { } note) yield return (path + ".note", note);
    }

    static IEnumerable<(string, string)> Agreements(string path, AgreementCategory a)
    {
        yield return (path + ".name", a.Name);
        for (var d = 0; d < a.Documents.Count; d++)
        {
            yield return ($"{path}.documents[{d}].title", a.Documents[d].Title);
            if (a.Documents[d].Description is { } description) yield return ($"{path}.documents[{d}].description", description);
        }
    }

    static IEnumerable<(string, string)> Source(string path, Source s)
    {
        yield return (path + ".title", s.Title);
        if (s.Publisher is { } p) yield return (path + ".publisher", p);
        if (s.Url is { } u) yield return (path + ".url", u);
        if (s.Note is { } n) yield return (path + ".note", n);
    }
}
