using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Arm.ArmPlatforms;

namespace Placement.Domain.Tests.Arm;

/// <summary>
/// §8: a direct-mapped domain on a GICv3 sees the host's redistributor regions whole, in the host's
/// order, up to and including the one that covers its last vCPU (Xen's vgic_v3_domain_init).
/// </summary>
public sealed class GuestGicTests
{
    // 4 CPUs' frames (512 KiB), then 8 (1 MiB).
    private static readonly AddressRange Four = R(0x80a0000, 0x8120000);
    private static readonly AddressRange Eight = R(0x8200000, 0x8300000);
    private static readonly AddressRange Distributor = R(0x8000000, 0x8010000);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(6, 2)]
    [InlineData(12, 2)]
    public void DirectMapped_TakesWholeRegionsUpToTheOneCoveringTheLastVcpu(int vcpus, int regions)
    {
        var plan = Plan(vcpus, Four, Eight);

        plan.Feasible.ShouldBeTrue();
        plan.Layout.Gic.Version.ShouldBe(GicVersion.V3);
        plan.Layout.Gic.Distributor.ShouldBe(Distributor);
        plan.Layout.Gic.CpuInterface.ShouldBeNull();
        plan.Layout.Gic.Redistributors.ShouldBe(new[] { Four, Eight }.Take(regions));
    }

    [Theory]
    [InlineData(6, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    public void DirectMapped_CountsRegionsInTheHostsOrder(int vcpus, int regions)
    {
        var plan = Plan(vcpus, Eight, Four);

        plan.Layout.Gic.Redistributors.ShouldBe(new[] { Eight, Four }.Take(regions));
    }

    [Fact]
    public void DirectMapped_MoreVcpusThanFrames_TooManyVcpus_AndEveryRegion()
    {
        var plan = Plan(13, Four, Eight);

        plan.Feasible.ShouldBeFalse();
        plan.Findings.ShouldHaveSingleItem().Message.ShouldBe(
            "The host's GICv3 redistributor regions hold 12 CPUs (128 KiB each); the direct-mapped domain has 13 vCPUs.");
        plan.Layout.Gic.Redistributors.ShouldBe([Four, Eight]);
    }

    private static ArmPlan Plan(int vcpus, params AddressRange[] redistributors)
    {
        var gic = new Gic(GicVersion.V3, Distributor, null, redistributors);
        var options = Static(R(0x50000000, 0x60000000)) with { Vcpus = vcpus };
        return ArmPlanner.Plan(Host(gic: gic), Request(256, options), HostUsage.None, null);
    }
}
