using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Placement.Persistence.Domains;

/// <summary>
/// Destroys a domain in one round trip: a batch of two statements, one implicit transaction. The
/// first locks the domain's row (waiting out a hotplug or unplug in flight); the second, with a
/// snapshot taken after the lock, releases every live assignment with a history line each, as
/// <see cref="DomainEvents.Released"/> writes them, releases its static banks (arm64), and marks
/// the domain destroyed. A destroyed
/// domain is left as it is. Destroy is the other half of every domain's life: it is kept lean.
/// </summary>
internal static class DomainDestruction
{
    private const string Lock = "SELECT 1 FROM domains WHERE id = $1 FOR UPDATE";

    private const string Release = """
        WITH released AS (
            UPDATE assignments SET released_at = $2
             WHERE domain_id = $1 AND released_at IS NULL
            RETURNING domain_id, host_name, sbdf, rdm_policy),
        lines AS (
            INSERT INTO assignment_events (domain_id, host_name, domain_name, kind, sbdf, rdm_policy, findings, at, caller)
            SELECT r.domain_id, r.host_name, d.name, 'released', r.sbdf, r.rdm_policy, '[]', $2, $3
              FROM released r JOIN domains d ON d.id = r.domain_id),
        banks AS (
            UPDATE static_banks SET released_at = $2 WHERE domain_id = $1 AND released_at IS NULL)
        UPDATE domains SET state = 'destroyed', destroyed_at = $2 WHERE id = $1 AND state = 'live'
        """;

    /// <summary>False when there is no such domain.</summary>
    public static async Task<bool> DestroyAsync(PlacementDbContext db, Guid id, DateTimeOffset now, string? caller, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection())
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand(Lock) { Parameters = { new() { Value = id } } },
                    new NpgsqlBatchCommand(Release) { Parameters = { new() { Value = id }, new() { Value = now }, new() { Value = (object?)caller ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text } } },
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
