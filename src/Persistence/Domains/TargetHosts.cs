using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

/// <summary>
/// The hosts a migration check looks at, each read as a partial inventory (the devices asked for,
/// every region; no BARs, no labels) with its usage: five statements, one round trip. Targets:
/// the named hosts, or every host of the domain's architecture but its own.
/// </summary>
internal static class TargetHosts
{
    private const string Targets = """
        SELECT name FROM hosts
         WHERE CASE WHEN $1::text[] IS NULL THEN architecture = 'x86_64' AND name <> $2 ELSE name = ANY($1) END
        """;

    private static readonly string[] Statements =
    [
        $"""
        SELECT h.name, h.architecture, h.memory_mib, h.phys_address_bits, h.iommu, COALESCE(u.used, 0)::bigint
          FROM hosts h
          LEFT JOIN (SELECT host_name, sum(memory_mib) AS used FROM domains WHERE state = 'live' GROUP BY host_name) u ON u.host_name = h.name
         WHERE h.name IN ({Targets})
        """,
        $"SELECT host_name, sbdf, iommu_protected FROM devices WHERE sbdf = ANY($3) AND host_name IN ({Targets})",
        $"SELECT host_name, start, \"end\", devices FROM reserved_regions WHERE host_name IN ({Targets}) ORDER BY host_name, start",
        $"SELECT host_name, sbdf, domain_id FROM assignments WHERE released_at IS NULL AND host_name IN ({Targets})",
        $"SELECT host_name, id FROM domains WHERE state = 'live' AND name = $4 AND host_name IN ({Targets})",
    ];

    public sealed record Loaded(HostName Host, HostInventory Inventory, HostUsage Usage, Guid? NameHolder);

    public static async Task<List<Loaded>> LoadAsync(
        PlacementDbContext db, StoredDomain domain, string[]? names, string[] addresses, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var statement in Statements)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(statement)
                {
                    Parameters =
                    {
                        new() { Value = (object?)names ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                        new() { Value = domain.Host.Value },
                        new() { Value = addresses, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                        new() { Value = domain.Name },
                    },
                });
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            return await ReadAsync(reader, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<Loaded>> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var hosts = new Dictionary<string, Partial>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts[reader.GetString(0)] = new Partial(reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetBoolean(4), reader.GetInt64(5));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var host = hosts[reader.GetString(0)];
            host.Devices.Add(new PciDevice(PciAddress.Parse(reader.GetString(1)), null, reader.GetBoolean(2), []));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var range = new AddressRange(new PhysicalAddress((ulong)reader.GetInt64(1)), new PhysicalAddress((ulong)reader.GetInt64(2)));
            var scope = reader.GetFieldValue<string[]>(3).Select(PciAddress.Parse).ToList();
            hosts[reader.GetString(0)].Regions.Add(new ReservedRegion(range, scope));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts[reader.GetString(0)].Owners[PciAddress.Parse(reader.GetString(1))] = reader.GetGuid(2);
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts[reader.GetString(0)].NameHolder = reader.GetGuid(1);
        }

        return hosts.Select(h => h.Value.ToLoaded(h.Key)).ToList();
    }

    private sealed class Partial(string architecture, long memoryMiB, int physAddressBits, bool iommu, long usedMiB)
    {
        public List<PciDevice> Devices { get; } = [];

        public List<ReservedRegion> Regions { get; } = [];

        public Dictionary<PciAddress, Guid> Owners { get; } = [];

        public Guid? NameHolder { get; set; }

        public Loaded ToLoaded(string name)
        {
            var parsed = InventoryNames.TryParseArchitecture(architecture, out var known) ? known
                : throw new InvalidDataException($"Host {name} has an unknown architecture '{architecture}'.");
            var inventory = new HostInventory(parsed, ByteSize.FromMiB((ulong)memoryMiB), physAddressBits, iommu, new Dictionary<string, string>(), Devices, Regions);
            return new Loaded(HostName.Parse(name), inventory, new HostUsage(Owners, ByteSize.FromMiB((ulong)usedMiB)), NameHolder);
        }
    }
}
