using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Assignment;

/// <summary>A new domain gets what the live domains leave of the host's RAM.</summary>
public sealed class FreeMemoryTests
{
    private static readonly HostInventory Host4G = Host([Gpu]) with { Memory = ByteSize.FromMiB(4096) };

    [Theory]
    [InlineData(1024, 3072, true)]
    [InlineData(1024, 3073, false)]
    [InlineData(4096, 16, false)]
    [InlineData(0, 4096, true)]
    public void Plan_MemoryAgainstFreeRam_InsufficientOnlyAboveIt(ulong usedMiB, ulong memoryMiB, bool feasible)
    {
        var plan = LayoutPlanner.Plan(Host4G, Request(memoryMiB), Usage(usedMiB));

        plan.Feasible.ShouldBe(feasible);
        plan.Findings.Where(f => f.Code == FindingCodes.InsufficientMemory).Select(f => f.Severity)
            .ShouldBe(feasible ? [] : [Severity.Error]);
    }

    [Theory]
    [InlineData(1024, "3072 MiB free of 4096 MiB")]
    [InlineData(8192, "0 MiB free of 4096 MiB")]
    public void Plan_LiveDomainsUseMemory_MessageGivesFreeMiB(ulong usedMiB, string expected)
    {
        var plan = LayoutPlanner.Plan(Host4G, Request(4000), Usage(usedMiB));

        var finding = plan.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.InsufficientMemory);
        finding.Message.ShouldContain("needs 4000 MiB");
        finding.Message.ShouldContain(expected);
    }

    [Fact]
    public void Plan_OnlyDevicesOwned_WholeHostRamIsFree() =>
        LayoutPlanner.Plan(Host4G, Request(4096), Owned((Gpu, OtherDomain))).Feasible.ShouldBeTrue();
}
