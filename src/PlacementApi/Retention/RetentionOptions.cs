namespace Placement.Api.Retention;

/// <summary>The <c>Retention</c> section: how long refusals and idempotency keys are kept (ADR 0025).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Refused history lines and placement refusals: long enough to look into last month's refusals.</summary>
    public TimeSpan Refusals { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Idempotency keys: a client retries within minutes; a day covers an outage overnight.</summary>
    public TimeSpan IdempotencyKeys { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the job looks for expired records.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows deleted per statement.</summary>
    public int BatchSize { get; set; } = 1000;
}
