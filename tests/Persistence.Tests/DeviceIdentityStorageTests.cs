using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Tests;

/// <summary>
/// A device's identity lives in integer and jsonb columns that later lookups filter on, and in the
/// host's document; both say the same, and documents written before it read as devices without one.
/// </summary>
public sealed class DeviceIdentityStorageTests : DatabaseTest
{
    private static readonly HostName Name = HostName.Parse("xen-1");

    // Labels out of key order: jsonb keeps its own order, the document the written one.
    private static readonly DeviceIdentity Gpu = new(0x10de, 0x20b0, 0x030200, 1, new Dictionary<string, string> { ["model"] = "a100", ["mem"] = "80g" });

    /// <summary>Three devices: one without an identity, one with all of it, one with ids and labels only.</summary>
    private static HostInventory WithGpu()
    {
        var inventory = Inventory(devices: 3);
        var devices = inventory.Devices;
        return inventory with
        {
            Devices = [devices[0], devices[1] with { Identity = Gpu }, devices[2] with { Identity = Gpu with { NumaNode = null, ClassCode = null } }],
        };
    }

    [Fact]
    public async Task Find_DevicesWithIdentity_DocumentEqualsRowsAndInventory()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 2), HostPrecondition.None, default));
        await WithStoreAsync(s => s.SaveAsync(Name, WithGpu(), HostPrecondition.None, default));

        var fromDocument = await WithStoreAsync(s => s.FindAsync(Name, default));
        var fromRows = await AssembleFromRowsAsync(Database);

        Canonical(fromDocument!).ShouldBe(Canonical(fromRows));
        var identities = fromRows.Inventory.Devices.Select(d => d.Identity).ToList();
        Canonical(identities[0]).ShouldBe(Canonical(DeviceIdentity.None));
        (identities[1] with { Labels = DeviceIdentity.None.Labels }).ShouldBe(Gpu with { Labels = DeviceIdentity.None.Labels });
        identities[1].Labels.Keys.ShouldBe(["mem", "model"]);
        (identities[2].VendorId, identities[2].ClassCode, identities[2].NumaNode).ShouldBe(((ushort?)0x10de, null, null));
    }

    [Fact]
    public async Task Save_DeviceWithIdentity_IntegerColumnsAndLabelsFoundByContainment()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, WithGpu(), HostPrecondition.None, default));
        await using var db = Database.NewContext();

        var rows = await db.Database.SqlQueryRaw<string>("""
            SELECT concat_ws(' ', sbdf, vendor_id, device_id, class_code, numa_node) AS "Value" FROM devices
            WHERE vendor_id = 4318 AND device_id = 8368 AND labels @> '{{"model": "a100"}}' ORDER BY sbdf
            """).ToListAsync();

        rows.ShouldBe(["0000:03:01.0 4318 8368 197120 1", "0000:03:02.0 4318 8368"]);
    }

    [Fact]
    public async Task Migrate_DocumentStoredBeforeDeviceIdentity_ReadsWithoutIdentity()
    {
        var stored = await ReadAfterMigrationsAsync("20261203102135_IdempotencyOutcomes", """
            INSERT INTO hosts (name, architecture, memory_mib, phys_address_bits, iommu, generation, created_at, updated_at, document)
                VALUES ('old', 'x86_64', 4096, 46, true, 3, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z',
                '{{"name":"old","architecture":"x86_64","memoryMiB":4096,"physAddressBits":46,"iommu":true,"generation":3,
                  "createdAt":"2026-01-01T00:00:00+00:00","updatedAt":"2026-01-02T00:00:00+00:00","arm":null,"labels":[],
                  "devices":[{{"hostName":"old","sbdf":"0000:00:02.0","description":"IGD","iommuProtected":true,"mmio":[],"spis":[],"bars":[]}}],
                  "reservedRegions":[]}}');
            INSERT INTO devices (host_name, sbdf, description, iommu_protected) VALUES ('old', '0000:00:02.0', 'IGD', true);
            """);

        Canonical(stored.Inventory.Devices.Single().Identity).ShouldBe(Canonical(DeviceIdentity.None));
    }
}
