using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§7 strategies explicit and pool in §4's list: their union with the global policy, then the devices' RMRRs.</summary>
public sealed class RdmStrategyEntriesTests
{
    // usb [0x40000000, 0x40004000) and gpu [0xa0000000, 0xa3800000); audio shares usb's.
    private static readonly HostInventory Host2 = Host([Gpu, Usb, Audio],
        Region(0xA0000000, 0xA3800000, Gpu), Region(0x40000000, 0x40004000, Usb, Audio));

    private static X86Request Reserving(RdmStrategy strategy, params AddressRange[] ranges) =>
        Request(4096) with { Strategy = strategy, Reserve = ranges };

    private static List<string> Collect(X86Request request) =>
        RdmEntries.Collect(Host2, request).Select(e => $"{e.Range} {e.Policy} {e.Source}".ToLowerInvariant()).ToList();

    [Theory]
    [InlineData(RdmStrategy.Explicit, "explicit")]
    [InlineData(RdmStrategy.Pool, "pool")]
    public void Collect_ExplicitOrPool_UnionByStartWithGlobalPolicyAndSource(RdmStrategy strategy, string source) =>
        Collect(Reserving(strategy, Range(0x90002000, 0x90008000), Range(0x80000000, 0x80001000), Range(0x90000000, 0x90004000), Range(0x80000000, 0x80001000))
            with { GlobalPolicy = RdmPolicy.Strict })
            .ShouldBe([$"[0x80000000, 0x80001000) strict {source}", $"[0x90000000, 0x90008000) strict {source}"]);

    [Fact]
    public void Collect_NoGlobalPolicy_RangesRelaxed() =>
        Collect(Reserving(RdmStrategy.Explicit, Range(0x90000000, 0x90004000))).ShouldBe(["[0x90000000, 0x90004000) relaxed explicit"]);

    [Theory]
    [InlineData(RdmStrategy.Ignore)]
    [InlineData(RdmStrategy.Host)]
    public void Collect_OtherStrategy_ReserveNotReserved(RdmStrategy strategy) =>
        Collect(Reserving(strategy, Range(0x90000000, 0x90004000))).ShouldNotContain(e => e.StartsWith("[0x90000000", StringComparison.Ordinal));

    [Fact]
    public void Collect_DeviceRmrrWithSameStart_TakesDevicePolicyNotAppended() =>
        Collect(Reserving(RdmStrategy.Pool, Range(0x40000000, 0x40004000)) with { Devices = [Assign(Usb, RdmPolicy.Strict)] })
            .ShouldBe(["[0x40000000, 0x40004000) strict pool"]);

    [Fact]
    public void Collect_DeviceRmrrInsideWiderRange_RangeTakesDevicePolicyNotAppended() =>
        Collect(Reserving(RdmStrategy.Pool, Range(0x3FF00000, 0x40100000), Range(0xB0000000, 0xB0001000))
                with { GlobalPolicy = RdmPolicy.Relaxed, Devices = [Assign(Usb, RdmPolicy.Strict)] })
            .ShouldBe(["[0x3ff00000, 0x40100000) strict pool", "[0xb0000000, 0xb0001000) relaxed pool"]);

    [Fact]
    public void Collect_TwoDevicesInsideOneRange_LastOneWins() =>
        Collect(Reserving(RdmStrategy.Explicit, Range(0x3FF00000, 0xB0000000))
                with { Devices = [Assign(Usb, RdmPolicy.Relaxed), Assign(Gpu, RdmPolicy.Strict)] })
            .ShouldBe(["[0x3ff00000, 0xb0000000) strict explicit"]);

    [Fact]
    public void Collect_DeviceRmrrPartlyInsideRange_AppendedWhole() =>
        Collect(Reserving(RdmStrategy.Explicit, Range(0x40002000, 0x40008000)) with { Devices = [Assign(Usb)] })
            .ShouldBe(["[0x40002000, 0x40008000) relaxed explicit", "[0x40000000, 0x40004000) strict device"]);

    [Fact]
    public void Collect_SameStartButShorterRange_DeviceRmrrAppendedWhole() =>
        Collect(Reserving(RdmStrategy.Explicit, Range(0x40000000, 0x40001000)) with { Devices = [Assign(Usb)] })
            .ShouldBe(["[0x40000000, 0x40001000) relaxed explicit", "[0x40000000, 0x40004000) strict device"]);

    [Fact]
    public void Plan_StrictRangeInLowRam_ConflictAtItsStart()
    {
        var plan = LayoutPlanner.Plan(Host2, Reserving(RdmStrategy.Explicit, Range(0x20000000, 0x20004000)) with { GlobalPolicy = RdmPolicy.Strict });

        plan.Feasible.ShouldBeFalse();
        plan.Findings.ShouldHaveSingleItem().Message.ShouldStartWith("RDM conflict at 0x20000000. ");
    }

    [Fact]
    public void Plan_PoolRangeAboveBoundary_LowRamEndsBelowIt()
    {
        var plan = LayoutPlanner.Plan(Host2, Reserving(RdmStrategy.Pool, Range(0xC0000000, 0xC0004000), Range(0xC0002000, 0xC0010000)));

        plan.Feasible.ShouldBeTrue();
        plan.LowMemEnd.ShouldBe(new PhysicalAddress(0xC0000000));
        plan.ReservedDeviceMemory.ShouldHaveSingleItem().ShouldBe(new RdmEntry(Range(0xC0000000, 0xC0010000), RdmPolicy.Relaxed, RdmSource.Pool));
    }
}
