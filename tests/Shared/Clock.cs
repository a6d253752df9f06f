namespace Reports.Tests.Support;

/// <summary>Waits that make a clock leak visible in a second run.</summary>
internal static class Clock
{
    /// <summary>
    /// Sleeps until the wall clock is in the next two-second interval, the resolution of zip entry times
    /// (and more than the one-second resolution of PDF dates): a file stamped with the clock would differ.
    /// At most two seconds, on average one.
    /// </summary>
    public static void WaitForNextZipTimestamp()
    {
        var now = DateTime.UtcNow;
        var next = new DateTime(now.Ticks - now.Ticks % (2 * TimeSpan.TicksPerSecond), DateTimeKind.Utc).AddSeconds(2);
        Thread.Sleep(next - now + TimeSpan.FromMilliseconds(20));
    }
}
