using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Tests;

/// <summary>What a pool resolves to: the reserved regions of its hosts, by name or by label, and the names that do not exist.</summary>
public sealed class PoolReaderTests : DatabaseTest
{
    private static readonly PciAddress Nic = new(0, 3, 0, 0);

    [Fact]
    public async Task Read_NamedHosts_RegionsOfEachAndMissingNames()
    {
        await SaveAsync("xen-b", "r12", R(0x1000, 0x2000), R(0x8000, 0x9000));
        await SaveAsync("xen-a", "r13", R(0x1000, 0x2000));
        await SaveAsync("xen-c", "r12", R(0x5000, 0x6000));

        var pool = await ReadAsync(RdmPool.Named([Name("xen-b"), Name("xen-x"), Name("xen-a"), Name("xen-y")]));

        pool.Hosts.ShouldBe([Name("xen-a"), Name("xen-b")]);
        pool.Missing.ShouldBe([Name("xen-x"), Name("xen-y")]);
        pool.Regions.ShouldBe([R(0x1000, 0x2000), R(0x1000, 0x2000), R(0x8000, 0x9000)], ignoreOrder: true);
    }

    [Fact]
    public async Task Read_Label_EveryHostCarryingItEvenWithoutRegions()
    {
        await SaveAsync("xen-a", "r12", R(0x1000, 0x2000));
        await SaveAsync("xen-b", "r13", R(0x3000, 0x4000));
        await SaveAsync("xen-c", "r12");

        var pool = await ReadAsync(RdmPool.Labelled("rack=r12"));

        pool.Hosts.ShouldBe([Name("xen-a"), Name("xen-c")]);
        pool.Missing.ShouldBeEmpty();
        pool.Regions.ShouldBe([R(0x1000, 0x2000)]);
    }

    [Fact]
    public async Task Read_LabelNoHostCarries_NoHosts()
    {
        await SaveAsync("xen-a", "r12", R(0x1000, 0x2000));

        var pool = await ReadAsync(RdmPool.Labelled("rack=r99"));

        pool.Hosts.ShouldBeEmpty();
        pool.Missing.ShouldBeEmpty();
        pool.Regions.ShouldBeEmpty();
    }

    private static HostName Name(string name) => HostName.Parse(name);

    private static AddressRange R(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));

    private Task<HostWrite> SaveAsync(string name, string rack, params AddressRange[] regions) =>
        WithStoreAsync(s => s.SaveAsync(Name(name), Inventory() with
        {
            Labels = new Dictionary<string, string> { ["rack"] = rack },
            ReservedRegions = regions.Select(r => new ReservedRegion(r, [Nic])).ToList(),
        }, HostPrecondition.None, default));

    private async Task<PoolRegions> ReadAsync(RdmPool pool)
    {
        await using var db = Database.NewContext();
        return await new PoolReader(db).ReadAsync(pool, default);
    }
}
