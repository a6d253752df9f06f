using System.Collections.Concurrent;

namespace Reports.Pdf;

/// <summary>
/// Lays out the next pages on a worker thread while the current one is drawn: layout and drawing
/// take about as long as each other, so on two cores a long document renders in little more
/// than the time of the slower one. At most <c>capacity</c> pages wait, so memory stays flat. The
/// pages come out in order, so the bytes do not depend on it. Dispose waits for the worker, which must
/// be done with the layout's shaper before that is disposed.
/// </summary>
internal sealed class PagesAhead<T> : IDisposable
{
    private readonly BlockingCollection<T> ready;
    private readonly CancellationTokenSource stop = new();
    private readonly Task worker;
    private Exception? failure;

    private PagesAhead(IEnumerable<T> pages, int capacity)
    {
        ready = new BlockingCollection<T>(capacity);
        worker = Task.Factory.StartNew(() => Produce(pages), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// The pages, made ahead on another thread when the machine has a core to spare, else as they are read; the
    /// first <paramref name="inline"/> are made on the reader's thread, as they are read, and only a longer
    /// document starts the worker.
    /// </summary>
    public static IEnumerable<T> Of(IEnumerable<T> pages, int capacity = 2, int inline = 0)
    {
        if (Environment.ProcessorCount < 2)
            return pages;
        return Read(pages, capacity, inline);
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            worker.Wait();
        }
        catch (AggregateException)
        {
            // The worker's own failure is rethrown by Read; cancellation needs no report.
        }

        ready.Dispose();
        stop.Dispose();
    }

    private static IEnumerable<T> Read(IEnumerable<T> pages, int capacity, int inline)
    {
        // Declared first, disposed last: the worker (which reads it after the inline pages) is waited for first.
        using var source = pages.GetEnumerator();
        for (var i = 0; i < inline; i++)
        {
            if (!source.MoveNext())
                yield break;
            yield return source.Current;
        }

        using var ahead = new PagesAhead<T>(Rest(source), capacity);
        foreach (var page in ahead.ready.GetConsumingEnumerable())
            yield return page;
        if (ahead.failure is { } failure)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }

    private static IEnumerable<T> Rest(IEnumerator<T> source)
    {
        while (source.MoveNext())
            yield return source.Current;
    }

    private void Produce(IEnumerable<T> pages)
    {
        try
        {
            foreach (var page in pages)
                ready.Add(page, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The reader stopped early (it failed, or stopped reading): nothing more to make.
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            ready.CompleteAdding();
        }
    }
}
