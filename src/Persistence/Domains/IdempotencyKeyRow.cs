namespace Placement.Persistence.Domains;

/// <summary>The outcome of the first request sent with an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotencyKeyRow
{
    /// <summary>Whose key it is: keys are per caller, so two callers never see each other's answers.</summary>
    public required string Caller { get; set; }

    public required string Key { get; set; }

    /// <summary>Fingerprint of the method, path and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The outcome as a JSON document (<see cref="OutcomeDocuments"/>).</summary>
    public required string Outcome { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
