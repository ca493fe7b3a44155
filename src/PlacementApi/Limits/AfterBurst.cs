namespace Placement.Api.Limits;

/// <summary>
/// Gives memory back after a burst. A burst fills the heap with the garbage of sixteen plans at a
/// time; once it is over nothing allocates, so no collection runs and the process keeps what it
/// grew to (the 3 GiB of issue 15, about 850 MiB with the limits). So when the last request of a
/// burst that overflowed the queue is done, one aggressive, compacting collection returns the free
/// memory to the system; at most once a minute, and off the request's thread. Bursts that never
/// overflowed are left to the GC's own pacing.
/// </summary>
internal sealed partial class AfterBurst(TimeProvider clock, ILogger<AfterBurst> logger)
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);

    private int overflowed;
    private long lastTrimTicks = long.MinValue;

    public void Overflowed() => Volatile.Write(ref overflowed, 1);

    public void Idle()
    {
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref lastTrimTicks);
        if (Volatile.Read(ref overflowed) == 0 || (last != long.MinValue && clock.GetElapsedTime(last, now) < MinInterval)
            || Interlocked.CompareExchange(ref lastTrimTicks, now, last) != last)
        {
            return;
        }

        Volatile.Write(ref overflowed, 0);
        _ = Task.Run(() =>
        {
            var before = Environment.WorkingSet;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            LogTrimmed(logger, before >> 20, Environment.WorkingSet >> 20);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "After an overflowing burst: memory given back, working set {BeforeMiB} MiB → {AfterMiB} MiB")]
    private static partial void LogTrimmed(ILogger logger, long beforeMiB, long afterMiB);
}
