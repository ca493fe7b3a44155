namespace Placement.Persistence;

internal static class Clock
{
    /// <summary>Now, to the microsecond: PostgreSQL keeps no finer, and what is returned must equal what is read back.</summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
