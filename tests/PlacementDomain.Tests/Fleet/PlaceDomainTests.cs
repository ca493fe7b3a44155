using Placement.Domain.Domains;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.UseCases;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Fleet.FleetBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>A placement over a fleet: which hosts it looks at, what it says about those it passes over, what a create of its best candidate gets.</summary>
public sealed class PlaceDomainTests
{
    private static CandidateHost Used(string name, ulong usedMiB) => On(name, OneGpu(), Usage(usedMiB));

    [Fact]
    public async Task DecideAsync_MemoryOfLiveDomains_NotFreeForTheDomain()
    {
        var placed = await Place(Gpus()).DecideAsync(Used("full", 65536 - MemoryMiB + 1), Used("just", 65536 - MemoryMiB));

        placed.Ranked.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Host.Value.ShouldBe("just"), c => c.FreeMemory.ShouldBe(ByteSize.Zero));
        placed.Rejected.ShouldBe(new Dictionary<string, int> { [FindingCodes.InsufficientMemory] = 1 });
    }

    [Fact]
    public async Task DecideAsync_FleetOfRefusals_EachCodeCountsTheHostsItRuledOutOnce()
    {
        var noIommu = GpuHost([Gpu(Gpu1)]) with { Iommu = false };
        var conflicts = GpuHost([Gpu(Gpu1)], StolenMemory(Gpu1)) with { Memory = ByteSize.FromMiB(2048) };

        var placed = await Place(Gpus(1, RdmPolicy.Strict)).DecideAsync(
            On("no-gpu", GpuHost([Nic("0000:98:00.0")])),
            On("busy-gpu", OneGpu(), Owned((Gpu1, OtherDomain))),
            On("no-iommu", noIommu),
            On("small-and-stolen", conflicts),
            On("stolen", GpuHost([Gpu(Gpu1)], StolenMemory(Gpu1))),
            On("shared", GpuHost([Gpu(Gpu1), Xhci()], Region(0x7b800000, 0x7f800000, Gpu1, "0000:00:14.0"))),
            On("fits", OneGpu()));

        placed.Ranked.Select(c => c.Host.Value).ShouldBe(["fits"]);
        placed.Evaluated.ShouldBe(7);
        placed.Rejected.ShouldBe(new Dictionary<string, int>
        {
            [FindingCodes.DeviceWithoutIommu] = 1,
            [FindingCodes.InsufficientMemory] = 1,
            [FindingCodes.NoMatchingDevice] = 2,
            [FindingCodes.RdmConflict] = 3,
            [FindingCodes.SharedRmrr] = 1,
        });
        placed.Rejected.Keys.ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_NameHeldOnAHost_ThatHostPassedOver()
    {
        var placed = await (Place(Gpus()) with { Name = "vm-42" }).DecideAsync(On("a", OneGpu()) with { NameHolder = OtherDomain }, On("b", OneGpu()));

        placed.Ranked.Select(c => c.Host.Value).ShouldBe(["b"]);
        placed.Rejected.ShouldBe(new Dictionary<string, int> { [FindingCodes.DomainNameTaken] = 1 });
    }

    [Fact]
    public async Task DecideAsync_HostFilter_OnlyAdmittedHostsAreEvaluated()
    {
        var r13 = OneGpu() with { Labels = new Dictionary<string, string> { ["rack"] = "r13" } };
        var arm = OneGpu() with { Architecture = CpuArchitecture.Arm64 };
        var filter = new HostFilter(null, new Dictionary<string, string> { ["rack"] = "r12" }, [HostName.Parse("a"), HostName.Parse("b"), HostName.Parse("c")]);

        var placed = await (Place(Gpus()) with { Hosts = filter }).DecideAsync(On("a", OneGpu()), On("b", r13), On("c", arm), On("d", OneGpu()), On("e", GpuHost([])));

        placed.Ranked.Select(c => c.Host.Value).ShouldBe(["a"]);
        (placed.Evaluated, placed.Rejected.Count).ShouldBe((1, 0));
    }

    [Fact]
    public async Task DecideAsync_BestCandidate_ACreateOfItsRequestThereGetsItsPlanAndDevices()
    {
        var host = On("xen-1", GpuHost([Gpu(Gpu1), Gpu("0000:65:00.0")], StolenMemory(Gpu1)));
        var best = (await Place(Gpus(1, RdmPolicy.Strict)).DecideAsync(host)).Ranked.ShouldHaveSingleItem();

        var created = CreateDomain.Decide(host.Host, host.Inventory, new HostOccupancy(host.Usage, null), "vm-42", best.Request, ThisDomain, DateTimeOffset.UnixEpoch)
            .ShouldBeOfType<CreateOutcome.Created>();

        created.Domain.Devices.Select(d => (d.Device, d.Policy)).ShouldBe(best.Devices.Select(d => (d.Address, d.Policy)));
        created.Domain.Layout.ShouldBeOfType<DomainLayout>().E820.ShouldBe(best.Plan.E820!);
    }

    [Fact]
    public void Start_Arm64HostFilter_ArchitectureNotSupported()
    {
        var (place, refusal) = PlaceDomain.Start(Place(Gpus()) with { Hosts = HostFilter.Any with { Architecture = CpuArchitecture.Arm64 } });

        place.ShouldBeNull();
        refusal.ShouldBe(new PlacementOutcome.ArchitectureNotSupported(CpuArchitecture.Arm64));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(CpuArchitecture.X64)]
    public void Start_AnyOrX64HostFilter_LoadsX64HostsOnly(CpuArchitecture? architecture)
    {
        var (place, _) = PlaceDomain.Start(Place(Gpus()) with { Hosts = HostFilter.Any with { Architecture = architecture } });

        place.ShouldNotBeNull().Hosts.Architecture.ShouldBe(CpuArchitecture.X64);
    }

    [Fact]
    public void Constructor_LimitZero_Throws() => Should.Throw<ArgumentOutOfRangeException>(() => new PlacementShortlist(Place() with { Limit = 0 }));
}
