using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Fleet.FleetBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>The order of candidates: fewer warnings, then the strategy's order of free memory left, then host name; the first limit of them.</summary>
public sealed class RankingTests
{
    /// <summary>A host with the GPU and <paramref name="usedMiB"/> of its 64 GiB taken by live domains.</summary>
    private static CandidateHost Used(string name, ulong usedMiB, HostInventory? inventory = null) =>
        On(name, inventory ?? OneGpu(), Usage(usedMiB));

    [Theory]
    [InlineData(PlacementStrategy.Spread, "c b a")]
    [InlineData(PlacementStrategy.Pack, "a b c")]
    public async Task DecideAsync_Strategy_OrdersByFreeMemoryLeft(PlacementStrategy strategy, string expected)
    {
        var placed = await (Place(Gpus()) with { Strategy = strategy }).DecideAsync(Used("a", 40960), Used("b", 20480), Used("c", 0));

        string.Join(' ', placed.Ranked.Select(c => c.Host)).ShouldBe(expected);
        placed.Ranked.Select(c => (c.Host.Value, c.FreeMemory.Bytes / ByteSize.MiB)).OrderBy(c => c.Value)
            .ShouldBe([("a", 65536 - 40960 - MemoryMiB), ("b", 65536 - 20480 - MemoryMiB), ("c", 65536 - MemoryMiB)]);
    }

    [Theory]
    [InlineData(PlacementStrategy.Spread)]
    [InlineData(PlacementStrategy.Pack)]
    public async Task DecideAsync_FewerWarnings_FirstWhateverTheMemory(PlacementStrategy strategy)
    {
        var warned = GpuHost([Gpu(Gpu1)], StolenMemory(Gpu1));

        var placed = await (Place(Gpus(1, RdmPolicy.Relaxed)) with { Strategy = strategy })
            .DecideAsync(Used("a", 0, warned), Used("b", 20480), Used("c", 0, warned), Used("d", 40960));

        placed.Ranked.Select(c => (c.Host.Value, c.Warnings)).Take(2).ShouldBe(strategy == PlacementStrategy.Spread ? [("b", 0), ("d", 0)] : [("d", 0), ("b", 0)]);
        placed.Ranked.Skip(2).Select(c => c.Warnings).ShouldBe([1, 1]);
    }

    [Theory]
    [InlineData(PlacementStrategy.Spread)]
    [InlineData(PlacementStrategy.Pack)]
    public async Task DecideAsync_SameFreeMemory_OrdinalHostNameOrder(PlacementStrategy strategy)
    {
        var placed = await (Place(Gpus()) with { Strategy = strategy }).DecideAsync(Used("xen-9", 0), Used("xen-10", 0), Used("xen-1", 0));

        placed.Ranked.Select(c => c.Host.Value).ShouldBe(["xen-1", "xen-10", "xen-9"]);
    }

    [Theory]
    [InlineData(1, "e")]
    [InlineData(3, "e d c")]
    [InlineData(5, "e d c b a")]
    [InlineData(50, "e d c b a")]
    public async Task DecideAsync_Limit_TheBestThatMany(int limit, string expected)
    {
        var placed = await (Place(Gpus()) with { Limit = limit }).DecideAsync(Used("c", 2048), Used("a", 4096), Used("e", 0), Used("b", 3072), Used("d", 1024));

        string.Join(' ', placed.Ranked.Select(c => c.Host)).ShouldBe(expected);
        placed.Evaluated.ShouldBe(5);
    }
}
