using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Placement.Domain.Domains;
using Placement.Domain.UseCases;

namespace Placement.Persistence.Domains;

/// <summary>
/// The hosts a migration check looks at, each read as a partial inventory (the devices asked for
/// and those of the domain's models, with vendor, device and NUMA node; every region; no BARs, no
/// labels) with its usage: five statements, one round trip. Targets: the named hosts, or every host
/// of the domain's architecture but its own. Each statement joins the targets itself, so the
/// planner sees a plain filter on hosts (index scans for the devices asked for and, through
/// <c>ix_devices_vendor_device</c>, for those of each model; a merge join with the regions in key order).
/// </summary>
internal static class TargetHosts
{
    private const string Named = "h.name = ANY($1)";
    private const string Fleet = "h.architecture = 'x86_64' AND h.name <> $2";

    private static readonly string[] NamedStatements = Statements(Named);
    private static readonly string[] FleetStatements = Statements(Fleet);

    /// <summary>Each host as soon as its rows are read (<see cref="TargetHostReader"/>), so a caller need not hold the fleet.</summary>
    public static async IAsyncEnumerable<TargetHost> LoadAsync(
        PlacementDbContext db,
        PlacedDomain domain,
        string[]? names,
        string[] addresses,
        IReadOnlyList<(ushort VendorId, ushort DeviceId)> models,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var vendors = models.Select(m => (int)m.VendorId).ToArray();
        var devices = models.Select(m => (int)m.DeviceId).ToArray();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var statement in names is null ? FleetStatements : NamedStatements)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(statement)
                {
                    Parameters =
                    {
                        new() { Value = (object?)names ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                        new() { Value = domain.Host.Value, NpgsqlDbType = NpgsqlDbType.Text },
                        new() { Value = addresses, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                        new() { Value = domain.Name, NpgsqlDbType = NpgsqlDbType.Text },
                        new() { Value = vendors, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                        new() { Value = devices, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                    },
                });
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await foreach (var host in TargetHostReader.ReadAsync(reader, cancellationToken))
            {
                yield return host;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // In the order TargetHostReader reads them: hosts with used memory, the devices asked for and the
    // others of the models ($5, $6: vendor and device ids, pairwise), live assignments, live domains of the same name, and last the regions, by host and start (the
    // order of an inventory), so that each host is complete when its last region is read.
    private static string[] Statements(string targets) =>
    [
        $"""
        SELECT h.name, h.architecture, h.memory_mib, h.phys_address_bits, h.iommu, COALESCE(u.used, 0)::bigint
          FROM hosts h
          LEFT JOIN (SELECT host_name, sum(memory_mib) AS used FROM domains WHERE state = 'live' GROUP BY host_name) u ON u.host_name = h.name
         WHERE {targets}
        """,
        $"""
        SELECT d.host_name, d.sbdf, d.iommu_protected, d.vendor_id, d.device_id, d.numa_node
          FROM devices d JOIN hosts h ON h.name = d.host_name
         WHERE d.sbdf = ANY($3) AND {targets}
        UNION ALL
        SELECT d.host_name, d.sbdf, d.iommu_protected, d.vendor_id, d.device_id, d.numa_node
          FROM unnest($5, $6) AS m(vendor_id, device_id)
          JOIN devices d ON d.vendor_id = m.vendor_id AND d.device_id = m.device_id
          JOIN hosts h ON h.name = d.host_name
         WHERE d.sbdf <> ALL($3) AND {targets}
        """,
        $"SELECT a.host_name, a.sbdf, a.domain_id FROM assignments a JOIN hosts h ON h.name = a.host_name WHERE a.released_at IS NULL AND {targets}",
        $"SELECT d.host_name, d.id FROM domains d JOIN hosts h ON h.name = d.host_name WHERE d.state = 'live' AND d.name = $4 AND {targets}",
        $"""
        SELECT r.host_name, r.start, r."end", r.devices FROM reserved_regions r JOIN hosts h ON h.name = r.host_name
         WHERE {targets} ORDER BY r.host_name, r.start
        """,
    ];
}
