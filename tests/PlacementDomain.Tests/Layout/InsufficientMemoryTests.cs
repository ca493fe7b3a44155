using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Tests.Layout;

public sealed class InsufficientMemoryTests
{
    private static readonly HostInventory Host = new(
        CpuArchitecture.X64, ByteSize.FromMiB(4096), 46, true, new Dictionary<string, string>(), [], []);

    [Theory]
    [InlineData(4096, true)]
    [InlineData(4097, false)]
    public void Plan_MemoryAgainstHostRam_InsufficientOnlyAboveIt(ulong memoryMiB, bool feasible)
    {
        var plan = LayoutPlanner.Plan(Host, new X86Request(memoryMiB, []));

        plan.Feasible.ShouldBe(feasible);
        plan.Findings.Where(f => f.Code == FindingCodes.InsufficientMemory).Select(f => f.Severity)
            .ShouldBe(feasible ? [] : [Severity.Error]);
    }
}
