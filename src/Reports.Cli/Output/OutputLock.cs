namespace Reports.Cli.Output;

/// <summary>
/// One run at a time per output folder: an exclusively opened lock file (released by the OS even when the
/// process is killed). A second run waits, then gives up with a message naming the folder.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".reports.lock";

    readonly FileStream _stream;

    OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock or throws <see cref="OutputLockedException"/> after <paramref name="wait"/>.</summary>
    public static OutputLock Acquire(string directory, TimeSpan wait, Action onWaiting)
    {
        var path = Path.Combine(directory, FileName);
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(path))
            {
                if (!told)
                    onWaiting();
                told = true;
                Thread.Sleep(200);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new OutputLockedException(directory);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}

internal sealed class OutputLockedException(string directory)
    : IOException($"{directory}: another Reports run is writing to this folder; try again when it has finished.");
