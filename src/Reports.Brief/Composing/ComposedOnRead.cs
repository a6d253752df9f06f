using System.Collections;

namespace Reports.Brief.Composing;

/// <summary>
/// A read-only list whose items are composed from a source list each time they are read, and not kept.
/// The long parts of a brief (appendix rows, figure lists, excerpts) are read only while laid out, once
/// to count pages and once to draw them, so a dataset of 100,000 indicators never has 100,000 composed
/// rows in memory at once. Composing is a pure function of the source item: every read gives equal items.
/// </summary>
internal sealed class ComposedOnRead<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> compose) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => compose(source[index]);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < source.Count; i++)
            yield return compose(source[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Two read-only lists read as one, the second after the first.</summary>
internal sealed class Concatenated<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) : IReadOnlyList<T>
{
    public int Count => first.Count + second.Count;

    public T this[int index] => index < first.Count ? first[index] : second[index - first.Count];

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
