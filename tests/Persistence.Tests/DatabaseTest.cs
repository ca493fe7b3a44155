using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    /// <summary>The host as PostgreSQL assembles it from its rows (<see cref="HostDocument.AssembleSql"/>), to hold the stored document to.</summary>
    protected static async Task<StoredHost> AssembleFromRowsAsync(TestDatabase database, string name = "xen-1")
    {
        await using var db = database.NewContext();
        var json = await db.Database
            .SqlQueryRaw<string>($"SELECT {HostDocument.AssembleSql}::text AS \"Value\" FROM hosts h WHERE h.name = {{0}}", name)
            .SingleAsync();
        return HostDocument.Read(json).ToStoredHost();
    }

    /// <summary>
    /// The host <c>old</c> that <paramref name="sql"/> wrote on a database migrated up to
    /// <paramref name="migration"/>, read after every later migration; asserts that its document
    /// says what its rows say.
    /// </summary>
    protected async Task<StoredHost> ReadAfterMigrationsAsync(string migration, string sql)
    {
        await using var database = await TestPostgres.CreateEmptyDatabaseAsync();
        await using (var db = database.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(migration);
            await db.Database.ExecuteSqlRawAsync(sql);
            await db.Database.MigrateAsync();
        }

        await using var context = database.NewContext();
        var stored = await new HostStore(context, Clock).FindAsync(HostName.Parse("old"), default);
        stored.ShouldNotBeNull();
        Canonical(stored).ShouldBe(Canonical(await AssembleFromRowsAsync(database, "old")));
        return stored;
    }

    /// <summary>A value's JSON: equal for equal contents, lists and dictionaries in their order.</summary>
    protected static string Canonical<T>(T value) => JsonSerializer.Serialize(value);

    protected static HostInventory Inventory(int devices = 2, ulong memoryMiB = 65536) => new(
        CpuArchitecture.X64,
        ByteSize.FromMiB(memoryMiB),
        46,
        true,
        new Dictionary<string, string> { ["rack"] = "r12" },
        Enumerable.Range(0, devices).Select(i => new PciDevice(new PciAddress(0, 3, i, 0), $"NIC {i}", true, [])).ToList(),
        [new ReservedRegion(new AddressRange(new PhysicalAddress(0xab80a000), new PhysicalAddress(0xab81e000)), [new PciAddress(0, 3, 0, 0)])]);
}
