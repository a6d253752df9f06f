using Reports.Domain.Model;
using Reports.Excel.Text;

namespace Reports.Excel.Composition;

/// <summary>
/// The Sources sheet's rows: every source in dataset order, then each distinct excerpt its indicators quote.
/// An indicator list too long for one cell continues on the next row with the same source and excerpt.
/// </summary>
internal sealed class SourceRows
{
    public const int HeaderRow = 1;
    public const int FirstDataRow = 2;
    public const string IdSeparator = ", ";

    readonly List<SourceRow> rows = [];
    readonly Dictionary<string, int> rowOfIndicator = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> rowOfSource = new(StringComparer.Ordinal);

    public SourceRows(Summit summit)
    {
        var quoted = summit.Indicators.ToLookup(i => i.SourceId, StringComparer.Ordinal);
        foreach (var source in SourcesWithUnlisted(summit, quoted))
            AddSource(source, quoted[source.Id]);
    }

    public IReadOnlyList<SourceRow> Rows => rows;

    public int LastDataRow => FirstDataRow + Math.Max(rows.Count, 1) - 1;

    /// <summary>The row holding the indicator's excerpt.</summary>
    public int RowOf(string indicatorId) => rowOfIndicator.GetValueOrDefault(indicatorId, FirstDataRow);

    /// <summary>The source's first row.</summary>
    public int RowOfSource(string sourceId) => rowOfSource.GetValueOrDefault(sourceId, FirstDataRow);

    void AddSource(Source source, IEnumerable<Indicator> quoting)
    {
        var excerpts = quoting.GroupBy(i => i.SourceExcerpt, StringComparer.Ordinal).ToList();
        if (excerpts.Count == 0)
            Add(source, null, []);
        foreach (var excerpt in excerpts)
        {
            foreach (var ids in Chunks(excerpt.Select(i => i.Id)))
                Add(source, excerpt.Key, ids);
        }
    }

    void Add(Source source, string? excerpt, IReadOnlyList<string> ids)
    {
        var row = FirstDataRow + rows.Count;
        rows.Add(new SourceRow(row, source, excerpt, ids));
        rowOfSource.TryAdd(source.Id, row);
        foreach (var id in ids)
            rowOfIndicator.TryAdd(id, row);
    }

    // The validator guarantees every source id resolves; should one not, its excerpts still get rows.
    static IEnumerable<Source> SourcesWithUnlisted(Summit summit, ILookup<string, Indicator> quoted)
    {
        var listed = summit.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var unlisted = quoted.Select(g => g.Key).Where(id => !listed.Contains(id));
        return summit.Sources.Concat(unlisted.Select(id => new Source(id, id, null, null, null, null)));
    }

    static IEnumerable<IReadOnlyList<string>> Chunks(IEnumerable<string> ids)
    {
        var chunk = new List<string>();
        var length = 0;
        foreach (var id in ids)
        {
            if (chunk.Count > 0 && length + IdSeparator.Length + id.Length > CellText.MaxLength)
            {
                yield return chunk;
                chunk = [];
                length = 0;
            }
            length += (chunk.Count > 0 ? IdSeparator.Length : 0) + id.Length;
            chunk.Add(id);
        }
        if (chunk.Count > 0)
            yield return chunk;
    }
}
