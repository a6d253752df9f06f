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
        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}{TempSuffix}");
        try
        {
            T result;
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                result = write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
            return result;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

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
