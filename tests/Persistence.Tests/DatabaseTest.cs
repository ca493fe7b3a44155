using Microsoft.Extensions.Time.Testing;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;
using Placement.TestSupport;

namespace Placement.Persistence.Tests;

/// <summary>A fresh migrated database per test.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = TestClock.Create();

    public async Task InitializeAsync() => Database = await TestPostgres.CreateDatabaseAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>A store on a context of its own, as each request gets.</summary>
    protected async Task<T> WithStoreAsync<T>(Func<HostStore, Task<T>> use)
    {
        await using var db = Database.NewContext();
        return await use(new HostStore(db, Clock));
    }

    protected static HostInventory Inventory(int devices = 2, ulong memoryMiB = 65536) => new(
        CpuArchitecture.X64,
        ByteSize.FromMiB(memoryMiB),
        46,
        true,
        new Dictionary<string, string> { ["rack"] = "r12" },
        Enumerable.Range(0, devices).Select(i => new PciDevice(new PciAddress(0, 3, i, 0), $"NIC {i}", true, [])).ToList(),
        [new ReservedRegion(new AddressRange(new PhysicalAddress(0xab80a000), new PhysicalAddress(0xab81e000)), [new PciAddress(0, 3, 0, 0)])]);
}
