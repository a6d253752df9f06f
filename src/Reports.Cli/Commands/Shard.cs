using System.Globalization;

namespace Reports.Cli.Commands;

/// <summary>Shard I of N: a stable slice of the datasets (by sorted file name) for one job of a CI matrix.</summary>
internal sealed record Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && i >= 1 && i <= n)
            return new Shard(i, n);
        throw new UsageException($"--shard \"{text}\" is not of the form I/N with 1 ≤ I ≤ N, e.g. 2/3.");
    }

    /// <summary>The datasets of this shard: every N-th of the sorted list, starting at the I-th.</summary>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> sorted) =>
        sorted.Where((_, position) => position % Count == Index - 1).ToList();
}
