using Npgsql;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Tests;

/// <summary>Addresses live in bigint columns (docs/decisions/0002): the top of a 52-bit space must round-trip.</summary>
public sealed class AddressStorageTests : DatabaseTest
{
    private static readonly HostName Name = HostName.Parse("edge");

    [Fact]
    public async Task Save_AddressesAtTopOf52BitSpace_RoundTripExactly()
    {
        var top = PhysicalAddress.TopOfAddressSpace(52);
        var device = new PciAddress(0xffff, 0xff, 0x1f, 7);
        var inventory = new HostInventory(
            CpuArchitecture.X64,
            top - PhysicalAddress.Zero,
            52,
            true,
            new Dictionary<string, string>(),
            [new PciDevice(device, null, true, [new Bar(0, BarKind.Memory, new ByteSize(1UL << 51), true, true)])],
            [new ReservedRegion(new AddressRange(top - new ByteSize(0x1000), top), [device])]);

        await WithStoreAsync(s => s.SaveAsync(Name, inventory, HostPrecondition.None, default));
        var stored = await WithStoreAsync(s => s.FindAsync(Name, default));

        stored.ShouldNotBeNull();
        stored.Inventory.Memory.ShouldBe(new ByteSize(1UL << 52));
        stored.Inventory.ReservedRegions[0].Range.ShouldBe(new AddressRange(new PhysicalAddress((1UL << 52) - 0x1000), new PhysicalAddress(1UL << 52)));
        stored.Inventory.Devices[0].Bars[0].Size.ShouldBe(new ByteSize(1UL << 51));
        stored.Inventory.Devices[0].Address.ShouldBe(device);
    }

    [Fact]
    public async Task Insert_OverlappingRegionsOfOneHost_RefusedByExclusionConstraint()
    {
        await WithStoreAsync(s => s.SaveAsync(Name, Inventory(), HostPrecondition.None, default));
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            "INSERT INTO reserved_regions (host_name, start, \"end\", devices) VALUES ('edge', 2877341696, 2877349888, '{0000:03:00.0}')", connection);

        var error = await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());

        error.SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
    }
}
