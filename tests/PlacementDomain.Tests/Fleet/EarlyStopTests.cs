using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.UseCases;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Fleet.FleetBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>
/// Hosts read in the strategy's order of free memory: reading stops once the shortlist is full of
/// candidates without warnings, with the answer reading every host would give; otherwise every host is read.
/// </summary>
public sealed class EarlyStopTests
{
    private static readonly HostInventory Clean = OneGpu();
    private static readonly HostInventory Warned = GpuHost([Gpu(Gpu1)], StolenMemory(Gpu1));

    /// <summary>Hosts h0, h1, ... with 0, 1024, ... MiB used: in spread's order.</summary>
    private static List<CandidateHost> Fleet(params HostInventory[] inventories) =>
        inventories.Select((inventory, i) => On($"h{i}", inventory, Usage(1024 * (ulong)i))).ToList();

    [Theory]
    [InlineData(PlacementStrategy.Spread)]
    [InlineData(PlacementStrategy.Pack)]
    public async Task DecideAsync_OrderedAndTheFirstFitWithoutWarnings_StopsAtTheFirstHostAfterThem(PlacementStrategy strategy)
    {
        var fleet = Fleet(Clean, Clean, Clean, Clean, Clean, Clean);
        var ordered = strategy == PlacementStrategy.Spread ? fleet : fleet.AsEnumerable().Reverse().ToList();
        var request = Place(Gpus(1, RdmPolicy.Relaxed)) with { Strategy = strategy, Limit = 2 };

        var (placed, read) = await DecideAsync(request, ordered);

        read.ShouldBe(3);
        (placed.StoppedEarly, placed.Evaluated).ShouldBe((true, 2));
        Names(placed).ShouldBe(Names((await DecideAsync(request with { Limit = 100 }, fleet)).Placed).Take(2));
    }

    [Fact]
    public async Task DecideAsync_PackWithSmallHostsFirst_RejectionsOfTheHostsReadOnly()
    {
        var small = Clean with { Memory = ByteSize.FromMiB(2048) };
        var fleet = new List<CandidateHost> { On("a", small), On("b", small), On("c", Clean), On("d", Clean), On("e", Clean) };

        var (placed, read) = await DecideAsync(Place(Gpus()) with { Strategy = PlacementStrategy.Pack, Limit = 2 }, fleet);

        (read, placed.StoppedEarly, placed.Evaluated).ShouldBe((5, true, 4));
        Names(placed).ShouldBe(["c", "d"]);
        placed.Rejected.ShouldBe(new Dictionary<string, int> { [FindingCodes.InsufficientMemory] = 2 });
    }

    [Fact]
    public async Task DecideAsync_CandidateWithWarnings_ReadsOnUntilCandidatesWithoutFillTheShortlist()
    {
        var (placed, read) = await DecideAsync(Place(Gpus(1, RdmPolicy.Relaxed)) with { Limit = 2 }, Fleet(Warned, Clean, Warned, Clean, Clean));

        (read, placed.StoppedEarly).ShouldBe((5, true));
        Names(placed).ShouldBe(["h1", "h3"]);
    }

    [Fact]
    public async Task DecideAsync_HostsOutOfOrder_ReadsEveryHost()
    {
        var fleet = Fleet(Clean, Clean, Clean, Clean);
        (fleet[1], fleet[2]) = (fleet[2], fleet[1]);

        var (placed, read) = await DecideAsync(Place(Gpus()) with { Limit = 2 }, fleet);

        (read, placed.StoppedEarly, placed.Evaluated).ShouldBe((4, false, 4));
        Names(placed).ShouldBe(["h0", "h1"]);
    }

    [Fact]
    public async Task DecideAsync_NamesOutOfOrdinalOrderAtEqualMemory_ReadsEveryHost()
    {
        var fleet = new List<CandidateHost> { On("xen-9", Clean), On("xen-10", Clean), On("xen-11", Clean) };

        var (placed, read) = await DecideAsync(Place(Gpus()) with { Limit = 1 }, fleet);

        (read, placed.StoppedEarly).ShouldBe((3, false));
        Names(placed).ShouldBe(["xen-10"]);
    }

    [Fact]
    public async Task DecideAsync_NotSaidToBeInStreamOrder_ReadsEveryHost()
    {
        var (placed, read) = await DecideAsync(Place(Gpus()) with { Limit = 2 }, Fleet(Clean, Clean, Clean, Clean), inStreamOrder: false);

        (read, placed.StoppedEarly, placed.Evaluated).ShouldBe((4, false, 4));
        Names(placed).ShouldBe(["h0", "h1"]);
    }

    [Fact]
    public async Task DecideAsync_SettledOnTheLastHost_NoEarlyStop()
    {
        var (placed, read) = await DecideAsync(Place(Gpus()) with { Limit = 2 }, Fleet(Clean, Clean));

        (read, placed.StoppedEarly, placed.Evaluated).ShouldBe((2, false, 2));
    }

    private static List<string> Names(PlacementOutcome.Placed placed) => placed.Ranked.Select(c => c.Host.Value).ToList();

    private static async Task<(PlacementOutcome.Placed Placed, int Read)> DecideAsync(PlacementRequest request, IEnumerable<CandidateHost> hosts, bool inStreamOrder = true)
    {
        var read = 0;
        async IAsyncEnumerable<CandidateHost> Stream()
        {
            foreach (var host in hosts)
            {
                await Task.Yield();
                read++;
                yield return host;
            }
        }

        var place = PlaceDomain.Start(request).Place.ShouldNotBeNull();
        var placed = (await place.DecideAsync(Stream(), inStreamOrder, CancellationToken.None)).ShouldBeOfType<PlacementOutcome.Placed>();
        return (placed, read);
    }
}
