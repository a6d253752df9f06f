using System.Globalization;

namespace Reports.Cli.Output;

/// <summary>
/// Writes a file so that readers only ever see the old bytes or the complete new ones: the content goes
/// to a temporary file beside the target, is flushed to disk, then renamed over the target (rename(2) is
/// atomic within a folder). A killed run leaves at most a temporary file, which the next run removes.
/// </summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".reports-tmp";

    public static T Write<T>(string path, Func<Stream, T> write)
    {
        var (temp, result) = Stage(path, write);
        Commit(temp, path);
        return result;
    }

    /// <summary>Writes the content to a temporary file beside <paramref name="path"/>, flushed to disk; the
    /// caller commits it with <see cref="Commit"/> or throws it away with <see cref="Discard"/>.</summary>
    public static (string Temp, T Result) Stage<T>(string path, Func<Stream, T> write)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}{TempSuffix}");
        try
        {
            using var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            var result = write(stream);
            stream.Flush(flushToDisk: true);
            return (temp, result);
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    /// <summary>Renames a staged file over its target: readers see the old bytes or the new, never a mix.</summary>
    public static void Commit(string temp, string path) => File.Move(temp, path, overwrite: true);

    public static void Discard(string temp) => TryDelete(temp);

    /// <summary>Removes temporary files left by runs that were killed. Call only while holding the output lock.</summary>
    public static void RemoveStale(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*" + TempSuffix))
            TryDelete(file);
    }

    static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
