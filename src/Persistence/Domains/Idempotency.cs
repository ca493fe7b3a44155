using Microsoft.EntityFrameworkCore;

namespace Placement.Persistence.Domains;

/// <summary>An <c>Idempotency-Key</c> with the fingerprint of the request it came with.</summary>
public sealed record IdempotencyKey(string Caller, string Key, string RequestHash);

/// <summary>What a write sent with an <c>Idempotency-Key</c> came to.</summary>
public abstract record Keyed<T>
    where T : class
{
    /// <summary>The write's outcome; <see cref="Replayed"/> when an earlier request with the key made it.</summary>
    public sealed record Answered(T Outcome, bool Replayed) : Keyed<T>;

    /// <summary>The key came before with another request.</summary>
    public sealed record KeyReused : Keyed<T>;
}

/// <summary>
/// The outcome of a keyed write is stored in the transaction that made it, so a retry finds either
/// nothing (the first never committed: run again) or the outcome. Two racing first attempts both
/// run; the loser's insert of the key fails on its primary key, and its retry replays the winner.
/// Only outcomes worth replaying are stored (<see cref="OutcomeDocuments"/>): a domain or device
/// recorded, or refused; anything else is answered afresh.
/// </summary>
internal static class Idempotency
{
    public static async Task<Keyed<T>?> EarlierAsync<T>(PlacementDbContext db, IdempotencyKey? key, Func<string, T> read, CancellationToken cancellationToken)
        where T : class
    {
        if (key is null)
        {
            return null;
        }

        var earlier = await db.Set<IdempotencyKeyRow>().AsNoTracking().SingleOrDefaultAsync(k => k.Caller == key.Caller && k.Key == key.Key, cancellationToken);
        return earlier is null ? null
            : earlier.RequestHash != key.RequestHash ? new Keyed<T>.KeyReused()
            : new Keyed<T>.Answered(read(earlier.Outcome), Replayed: true);
    }

    public static void Remember(PlacementDbContext db, IdempotencyKey? key, string? outcome, DateTimeOffset now)
    {
        if (key is not null && outcome is not null)
        {
            db.Add(new IdempotencyKeyRow { Caller = key.Caller, Key = key.Key, RequestHash = key.RequestHash, Outcome = outcome, CreatedAt = now });
        }
    }
}
