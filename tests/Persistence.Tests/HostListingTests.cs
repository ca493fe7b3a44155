using Placement.Domain.Inventory;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Tests;

public sealed class HostListingTests : DatabaseTest
{
    [Fact]
    public async Task List_ByPages_EveryHostOnceInNameOrder()
    {
        var names = new[] { "b-2", "a-1", "c.3", "a-10", "z9", "m" };
        foreach (var name in names)
        {
            await WithStoreAsync(s => s.SaveAsync(HostName.Parse(name), Inventory(), HostPrecondition.None, default));
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await WithStoreAsync(s => s.ListAsync(new HostQuery(null, new Dictionary<string, string>(), after, 4), default));
            seen.AddRange(page.Items.Select(h => h.Name));
            after = page.LastName;
        }
        while (after is not null);

        seen.ShouldBe(names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_WithTwoLabels_OnlyHostsHavingBoth()
    {
        await Save("both", new() { ["rack"] = "r12", ["gpu"] = "igd" });
        await Save("rack-only", new() { ["rack"] = "r12" });
        await Save("other-rack", new() { ["rack"] = "r13", ["gpu"] = "igd" });

        var page = await WithStoreAsync(s => s.ListAsync(
            new HostQuery(CpuArchitecture.X64, new Dictionary<string, string> { ["rack"] = "r12", ["gpu"] = "igd" }, null, 50), default));

        page.Items.Select(h => h.Name).ShouldBe(["both"]);
        page.Items[0].DeviceCount.ShouldBe(2);
        page.Items[0].ReservedRegionCount.ShouldBe(1);
        page.LastName.ShouldBeNull();
    }

    private Task<HostWrite> Save(string name, Dictionary<string, string> labels) =>
        WithStoreAsync(s => s.SaveAsync(HostName.Parse(name), Inventory() with { Labels = labels }, HostPrecondition.None, default));
}
