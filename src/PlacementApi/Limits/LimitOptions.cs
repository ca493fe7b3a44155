namespace Placement.Api.Limits;

/// <summary>
/// The <c>Limits</c> section: how much one caller, and all callers together, may ask of one instance
/// (ADR 0025). The defaults suit one instance on two cores with a pool of
/// <see cref="Placement.Persistence.ConnectionPool.DefaultMaxPoolSize"/> connections.
/// </summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Tokens a caller gets back each second (the sustained rate).</summary>
    public int PermitsPerSecondPerCaller { get; set; } = 20;

    /// <summary>Tokens a caller may spend at once after a quiet spell (the burst).</summary>
    public int BurstPerCaller { get; set; } = 40;

    /// <summary>Requests carried out at once by this instance; no more than its connection pool serves.</summary>
    public int ConcurrentRequests { get; set; } = 16;

    /// <summary>Requests waiting for one of <see cref="ConcurrentRequests"/>; beyond it, 503 overloaded.</summary>
    public int QueueLength { get; set; } = 32;

    /// <summary>A client must send its request headers within this time (Kestrel's RequestHeadersTimeout).</summary>
    public int HeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>A body must arrive at least this fast once the grace period is over (Kestrel's MinRequestBodyDataRate).</summary>
    public int MinBodyBytesPerSecond { get; set; } = 1024;
}
