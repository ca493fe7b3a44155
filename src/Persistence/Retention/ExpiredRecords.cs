using Microsoft.EntityFrameworkCore;

namespace Placement.Persistence.Retention;

/// <summary>
/// Deletes what is kept only for a while: refusals (the refused lines of the assignment history,
/// and placed creates no host could take) and idempotency keys. In batches, each its own short
/// statement, so that a backlog never holds locks or a transaction for long; oldest first, by id,
/// so that each batch reads the primary key from its start rather than the whole table.
/// </summary>
public sealed class ExpiredRecords(PlacementDbContext db)
{
    /// <summary>Refused lines and placement refusals recorded before <paramref name="cutoff"/>; how many were deleted.</summary>
    public async Task<int> DeleteRefusalsAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken) =>
        await InBatchesAsync(() => db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM assignment_events WHERE id IN (
                SELECT id FROM assignment_events WHERE kind = 'refused' AND at < {cutoff} ORDER BY id LIMIT {batchSize})
            """, cancellationToken), batchSize)
        + await InBatchesAsync(() => db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM placement_refusals WHERE id IN (
                SELECT id FROM placement_refusals WHERE at < {cutoff} ORDER BY id LIMIT {batchSize})
            """, cancellationToken), batchSize);

    /// <summary>Idempotency keys first used before <paramref name="cutoff"/>; how many were deleted.</summary>
    public Task<int> DeleteIdempotencyKeysAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken) =>
        InBatchesAsync(() => db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM idempotency_keys WHERE key IN (
                SELECT key FROM idempotency_keys WHERE created_at < {cutoff} LIMIT {batchSize})
            """, cancellationToken), batchSize);

    private static async Task<int> InBatchesAsync(Func<Task<int>> deleteBatch, int batchSize)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await deleteBatch();
            total += deleted;
        }
        while (deleted == batchSize);

        return total;
    }
}
