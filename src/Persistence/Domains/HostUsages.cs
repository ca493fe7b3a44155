using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Domains;

/// <summary>
/// Reads what the live domains of a host hold: the owner of each live assignment, their memory,
/// their static banks and those destroyed domains left, and the live domain of a name, if asked.
/// A create also locks the host's row first, in the same round trip: a batch of two statements,
/// the second with a snapshot taken after the lock, so it sees every create and hotplug committed
/// before.
/// </summary>
internal static class HostUsages
{
    private const string LockHost = "SELECT document, generation, updated_at FROM hosts WHERE name = $1 FOR UPDATE";

    // Banks of destroyed domains come merged: a host that saw many of them still reads a few ranges.
    private const string Occupancy = """
        SELECT 'device', sbdf, domain_id, 0::bigint, 0::bigint FROM assignments WHERE host_name = $1 AND released_at IS NULL
        UNION ALL
        SELECT 'memory', NULL, NULL, COALESCE(sum(memory_mib), 0)::bigint, 0 FROM domains WHERE host_name = $1 AND state = 'live'
        UNION ALL
        SELECT 'name', NULL, id, 0, 0 FROM domains WHERE host_name = $1 AND state = 'live' AND name = $2
        UNION ALL
        SELECT 'bank', NULL, domain_id, start, "end" FROM static_banks WHERE host_name = $1 AND released_at IS NULL
        UNION ALL
        SELECT 'retained', NULL, NULL, lower(r), upper(r)
          FROM (SELECT unnest(range_agg(int8range(start, "end"))) AS r FROM static_banks WHERE host_name = $1 AND released_at IS NOT NULL) retained
        """;

    /// <summary>
    /// Locks the host (see <see cref="HostLock"/>) and reads its inventory (from
    /// <paramref name="inventories"/> when it holds this generation) and occupancy; null when
    /// there is no such host.
    /// </summary>
    public static async Task<(HostInventory Inventory, HostOccupancy Occupancy)?> LockAsync(
        PlacementDbContext db, HostName host, string? name, CancellationToken cancellationToken, InventoryCache? inventories = null)
    {
        await using var batch = Batch(db, host, name);
        batch.BatchCommands.Insert(0, new NpgsqlBatchCommand(LockHost) { Parameters = { new() { Value = host.Value } } });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var (generation, updatedAt) = (reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2));
        var inventory = inventories is null
            ? HostDocument.Read(reader.GetString(0)).ToStoredHost().Inventory
            : inventories.Find(host.Value, generation, updatedAt) ?? inventories.Keep(host.Value, generation, updatedAt, reader.GetString(0));
        await reader.NextResultAsync(cancellationToken);
        return (inventory, await ReadAsync(reader, cancellationToken));
    }

    public static async Task<HostUsage> LoadAsync(PlacementDbContext db, HostName host, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = Batch(db, host, null);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            return (await ReadAsync(reader, cancellationToken)).Usage;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The live domains of a host, for messages that name them.</summary>
    public static Task<List<string>> LiveDomainsAsync(PlacementDbContext db, HostName host, CancellationToken cancellationToken)
    {
        var name = host.Value;
        return db.Set<DomainRow>()
            .Where(d => d.HostName == name && d.State == DomainConfiguration.Live)
            .OrderBy(d => d.Id)
            .Select(d => d.Name + " (" + d.Id.ToString() + ")")
            .ToListAsync(cancellationToken);
    }

    private static NpgsqlBatch Batch(PlacementDbContext db, HostName host, string? name) =>
        new((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction())
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(Occupancy) { Parameters = { new() { Value = host.Value }, new() { Value = (object?)name ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text } } },
            },
        };

    private static async Task<HostOccupancy> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<PciAddress, Guid>();
        var banks = new List<HeldBank>();
        var retained = new List<AddressRange>();
        var memory = 0L;
        Guid? holder = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            switch (reader.GetString(0))
            {
                case "device":
                    owners[PciAddress.Parse(reader.GetString(1))] = reader.GetGuid(2);
                    break;
                case "memory":
                    memory = reader.GetInt64(3);
                    break;
                case "bank":
                    banks.Add(new HeldBank(reader.GetGuid(2), Range(reader)));
                    break;
                case "retained":
                    retained.Add(Range(reader));
                    break;
                default:
                    holder = reader.GetGuid(2);
                    break;
            }
        }

        var usage = new HostUsage(owners, ByteSize.FromMiB((ulong)memory)) { StaticBanks = banks, RetainedBanks = retained };
        return new HostOccupancy(usage, holder);
    }

    private static AddressRange Range(NpgsqlDataReader reader) =>
        new(new PhysicalAddress(checked((ulong)reader.GetInt64(3))), new PhysicalAddress(checked((ulong)reader.GetInt64(4))));
}
