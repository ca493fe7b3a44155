using Microsoft.EntityFrameworkCore;
using Placement.Domain.Inventory;
using Placement.Domain.UseCases;
using Placement.Persistence.Hosts;
using Placement.Persistence.Placements;
using Placement.Persistence.Tests.Domains;

namespace Placement.Persistence.Tests.Placements;

/// <summary>The free memory the database keeps per host stays what the hosts and their live domains say, through every write.</summary>
public sealed class HostFreeMemoryTests : DomainTest
{
    private static readonly HostName Other = HostName.Parse("xen-2");

    [Fact]
    public async Task HostsAndDomains_ThroughEveryWrite_FreeMemoryIsMemoryLessLiveDomains()
    {
        await SaveHostAsync();
        await WithStoreAsync(s => s.SaveAsync(Other, Inventory(4, memoryMiB: 32768), HostPrecondition.None, default));
        await ShouldBeKeptAsync(new() { ["xen-1"] = 65536, ["xen-2"] = 32768 });

        var first = (await CreateAsync("vm-1", Request(Device(1)))).ShouldBeOfType<CreateOutcome.Created>().Domain;
        var second = (await CreateAsync("vm-2", Request())).ShouldBeOfType<CreateOutcome.Created>().Domain;
        await ShouldBeKeptAsync(new() { ["xen-1"] = 63488, ["xen-2"] = 32768 });

        await WithDomainsAsync(s => s.DestroyAsync(first.Id, default));
        await ShouldBeKeptAsync(new() { ["xen-1"] = 64512, ["xen-2"] = 32768 });

        (await WithDomainsAsync(s => s.MigrateAsync(second.Id, Other, [], default))).ShouldBeOfType<MigrateOutcome.Migrated>();
        await ShouldBeKeptAsync(new() { ["xen-1"] = 65536, ["xen-2"] = 31744 });

        await WithStoreAsync(s => s.SaveAsync(Other, Inventory(4, memoryMiB: 16384), HostPrecondition.None, default));
        await WithStoreAsync(s => s.DeleteAsync(Host, HostPrecondition.None, default));
        await ShouldBeKeptAsync(new() { ["xen-2"] = 15360 });
    }

    [Fact]
    public async Task HostRegisteredAgain_AfterItsDomainWasMovedAway_StartsWithAllItsMemory()
    {
        await SaveHostAsync();
        await WithStoreAsync(s => s.SaveAsync(Other, Inventory(4), HostPrecondition.None, default));
        var moved = (await CreateAsync("vm-1", Request())).ShouldBeOfType<CreateOutcome.Created>().Domain;
        await WithDomainsAsync(s => s.MigrateAsync(moved.Id, Other, [], default));

        await WithStoreAsync(s => s.DeleteAsync(Host, HostPrecondition.None, default));
        await SaveHostAsync();

        await ShouldBeKeptAsync(new() { ["xen-1"] = 65536, ["xen-2"] = 64512 });
    }

    /// <summary>The kept free memory equals <paramref name="expected"/> and what the rows give when summed.</summary>
    private async Task ShouldBeKeptAsync(Dictionary<string, long> expected)
    {
        await using var db = Database.NewContext();
        var kept = await db.Set<HostFreeMemoryRow>().ToDictionaryAsync(f => f.HostName, f => f.FreeMiB);
        var summed = await db.Database.SqlQueryRaw<Summed>("""
            SELECT h.name AS "HostName", h.memory_mib - COALESCE(sum(d.memory_mib) FILTER (WHERE d.state = 'live'), 0) AS "FreeMiB"
              FROM hosts h LEFT JOIN domains d ON d.host_name = h.name GROUP BY h.name, h.memory_mib
            """).ToDictionaryAsync(s => s.HostName, s => s.FreeMiB);

        kept.ShouldBe(expected, ignoreOrder: true);
        summed.ShouldBe(expected, ignoreOrder: true);
    }

    private sealed class Summed
    {
        public required string HostName { get; init; }

        public long FreeMiB { get; init; }
    }
}
