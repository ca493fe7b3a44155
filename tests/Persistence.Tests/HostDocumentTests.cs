using Placement.Domain.Inventory;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Tests;

/// <summary>The stored document of a host always says what its rows say.</summary>
public sealed class HostDocumentTests : DatabaseTest
{
    private static readonly HostName Name = HostName.Parse("xen-1");

    [Fact]
    public async Task Find_AfterCreateAndReplace_DocumentEqualsRows()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 3), HostPrecondition.None, default));
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(devices: 5) with { Labels = new Dictionary<string, string> { ["gpu"] = "a100" } }, HostPrecondition.None, default));

        var fromDocument = await WithStoreAsync(s => s.FindAsync(Name, default));
        var fromRows = await AssembleFromRowsAsync(Database);

        fromDocument!.Inventory.Devices.Count.ShouldBe(5);
        Canonical(fromDocument).ShouldBe(Canonical(fromRows));
    }

    [Fact]
    public async Task Find_AfterCreateAndReplaceOfArmHost_DocumentEqualsRows()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, HostArmInventories.GicV2(), HostPrecondition.None, default));
        await WithStoreAsync(s => s.SaveAsync(Name, HostArmInventories.GicV3(), HostPrecondition.None, default));

        var fromDocument = await WithStoreAsync(s => s.FindAsync(Name, default));
        var fromRows = await AssembleFromRowsAsync(Database);

        Canonical(fromDocument!).ShouldBe(Canonical(fromRows));
        Canonical(fromRows.Inventory.Arm).ShouldBe(Canonical(HostArmInventories.GicV3().Arm));
        fromRows.Inventory.Devices.Select(d => (Canonical(d.Mmio), Canonical(d.Spis)))
            .ShouldBe(HostArmInventories.GicV3().Devices.Select(d => (Canonical(d.Mmio), Canonical(d.Spis))));
    }

    [Fact]
    public async Task Find_ArmHostReplacedByX86_DocumentAndRowsWithoutPlatform()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, HostArmInventories.GicV3(), HostPrecondition.None, default));
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(), HostPrecondition.None, default));

        var fromDocument = await WithStoreAsync(s => s.FindAsync(Name, default));
        var fromRows = await AssembleFromRowsAsync(Database);

        Canonical(fromDocument!).ShouldBe(Canonical(fromRows));
        fromRows.Inventory.Arm.ShouldBeNull();
        fromRows.Inventory.Devices.ShouldAllBe(d => d.Mmio.Count == 0 && d.Spis.Count == 0);
    }

    [Fact]
    public async Task Migrate_HostStoredBeforeDocuments_GetsDocumentFromItsRows()
    {
        var stored = await ReadAfterMigrationsAsync("20261121071508_Hosts", """
            INSERT INTO hosts (name, architecture, memory_mib, phys_address_bits, iommu, generation, created_at, updated_at)
                VALUES ('old', 'x86_64', 4096, 46, true, 3, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z');
            INSERT INTO host_labels VALUES ('old', 'rack', 'r1');
            INSERT INTO devices VALUES ('old', '0000:00:02.0', 'IGD', true);
            INSERT INTO bars VALUES ('old', '0000:00:02.0', 0, 'memory', 16777216, true, false);
            INSERT INTO reserved_regions VALUES ('old', 2902458368, 2952790016, '{{0000:00:02.0}}');
            """);

        stored.Generation.ShouldBe(3);
        stored.Inventory.Devices.Single().Bars.Single().Size.Bytes.ShouldBe(16777216UL);
        stored.Inventory.ReservedRegions.Single().Range.End.Value.ShouldBe(0xb0000000UL);
        stored.Inventory.Labels["rack"].ShouldBe("r1");
        stored.Inventory.Arm.ShouldBeNull();
        stored.Inventory.Devices.Single().Mmio.ShouldBeEmpty();
        stored.Inventory.Devices.Single().Spis.ShouldBeEmpty();
    }
}
