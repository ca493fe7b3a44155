using Microsoft.EntityFrameworkCore;

namespace Placement.Persistence.Domains;

/// <summary>An <c>Idempotency-Key</c> with the fingerprint of the request it came with.</summary>
public sealed record IdempotencyKey(string Key, string RequestHash);

/// <summary>An answer as it was sent, to send again to a retry.</summary>
public sealed record RecordedResponse(int Status, string Body, string? Location);

/// <summary>
/// The first answer to a keyed request is stored in the transaction that made it, so a retry finds
/// either nothing (the first never committed: run again) or the answer. Two racing first attempts
/// both run; the loser's insert of the key fails on its primary key, and its retry replays the winner.
/// </summary>
internal static class Idempotency
{
    public static async Task<DomainWrite?> EarlierAsync(PlacementDbContext db, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }

        var earlier = await db.Set<IdempotencyKeyRow>().AsNoTracking().SingleOrDefaultAsync(k => k.Key == key.Key, cancellationToken);
        return earlier is null ? null
            : earlier.RequestHash != key.RequestHash ? new DomainWrite.KeyReused()
            : new DomainWrite.Replayed(new RecordedResponse(earlier.Status, earlier.Body, earlier.Location));
    }

    public static void Remember(PlacementDbContext db, IdempotencyKey? key, RecordedResponse? response, DateTimeOffset now)
    {
        if (key is not null && response is not null)
        {
            db.Add(new IdempotencyKeyRow
            {
                Key = key.Key,
                RequestHash = key.RequestHash,
                Status = response.Status,
                Body = response.Body,
                Location = response.Location,
                CreatedAt = now,
            });
        }
    }
}
