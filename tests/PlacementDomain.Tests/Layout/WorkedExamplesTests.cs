using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>xen-rules §10 A/B/C: the parts tests/cases/layout-public.json does not check (messages, E820, variants).</summary>
public sealed class WorkedExamplesTests
{
    private static readonly HostInventory HostA = Host([Gpu, Usb, Audio],
        Region(0xE0000, 0xF0000, Usb), Region(0x40000000, 0x40004000, Audio), Region(0xA0000000, 0xA3800000, Gpu));

    private static readonly HostInventory HostB = Host([Gpu, Usb], Region(0xAC6D3000, 0xAC6E7000, Usb), Region(0xAD800000, 0xB0000000, Gpu));

    private static X86Request HostStrategy(ulong memoryMiB, RdmPolicy policy) =>
        Request(memoryMiB) with { Strategy = RdmStrategy.Host, GlobalPolicy = policy };

    [Fact]
    public void Plan_ExampleAStrict_FailsWithXensConflictMessage()
    {
        var plan = LayoutPlanner.Plan(HostA, HostStrategy(4096, RdmPolicy.Strict));

        plan.Feasible.ShouldBeFalse();
        plan.Findings.Single(f => f.Range!.Value.Start.Value == 0x40000000).Message.ShouldStartWith("RDM conflict at 0x40000000. ");
        plan.Findings.Single(f => f.Range!.Value.Start.Value == 0xE0000).Message.ShouldStartWith("RDM conflict at 0xe0000. ");
        plan.GuestMemoryMap.ShouldBeNull();
        plan.E820.ShouldBeNull();
    }

    [Fact]
    public void Plan_ExampleARelaxed_WarnsWithXensMessageAndBuildsE820()
    {
        var plan = LayoutPlanner.Plan(HostA, HostStrategy(4096, RdmPolicy.Relaxed));

        plan.Findings.Select(f => (f.Severity, f.Message[..f.Message.IndexOf(". ", StringComparison.Ordinal)])).ShouldBe([
            (Severity.Warning, "Ignoring RDM conflict at 0xe0000"), (Severity.Warning, "Ignoring RDM conflict at 0x40000000")]);
        // Dropped entries stay RAM: only [0xa0000000, 0xa3800000) is reserved between low and high RAM.
        plan.E820!.Select(e => $"{e.Range} {e.Type}").ShouldBe([
            "[0x0, 0xa0000) Ram", "[0xd0000, 0x100000) Reserved", "[0x100000, 0xa0000000) Ram", "[0xa0000000, 0xa3800000) Reserved",
            "[0xfc000000, 0xfc011000) Nvs", "[0xfc011000, 0x100000000) Reserved", "[0x100000000, 0x15f800000) Ram"]);
    }

    [Fact]
    public void Plan_ExampleBDeviceBAlone_MovesLowRamBelowItsRmrr()
    {
        var plan = LayoutPlanner.Plan(HostB, Request(2800, Assign(Gpu)));

        // ram 2792 MiB = 0xae800000; 0xad800000 > boundary and already 2 MiB aligned:
        // highEnd = 4G + (0xae800000 - 0xad800000) = 0x101000000.
        (plan.Feasible, plan.LowMemEnd.Value, plan.HighMemEnd?.Value).ShouldBe((true, 0xAD800000UL, (ulong?)0x101000000));
        plan.ReservedDeviceMemory.ShouldHaveSingleItem().ShouldBe(new RdmEntry(Range(0xAD800000, 0xB0000000), RdmPolicy.Strict, RdmSource.Device));
    }

    [Fact]
    public void Plan_ExampleBBoundary2900DeviceA_FailsAtItsStart()
    {
        var plan = LayoutPlanner.Plan(HostB, Request(2800, Assign(Usb)) with { RdmMemBoundaryMiB = 2900 });

        plan.Findings.ShouldHaveSingleItem().Message.ShouldBe(
            "RDM conflict at 0xac6d3000. The region [0xac6d3000, 0xac6e7000) of 0000:00:14.0 lies in guest RAM at or below rdmMemBoundaryMiB (2900): " +
            "rdmMemBoundaryMiB 2758 moves low RAM below it; rdmPolicy relaxed boots with it as RAM (the device may misbehave).");
        plan.Devices.Single().Outcome.ShouldBe(AssignmentOutcome.Refused);
    }

    [Fact]
    public void Plan_ExampleCFirmwareAreaStrict_RejectedWithoutLibxlConflict()
    {
        var host = Host([Gpu], Region(0xFD000000, 0xFD001000, Gpu));

        var plan = LayoutPlanner.Plan(host, HostStrategy(2048, RdmPolicy.Strict));

        plan.Findings.Select(f => (f.Severity, f.Code)).ShouldBe([(Severity.Error, FindingCodes.RdmInFirmwareArea)]);
        plan.ReservedDeviceMemory.ShouldHaveSingleItem().IsKept.ShouldBeTrue();
    }

    [Theory]
    // At the boundary: not moved, stays a relaxed conflict: dropped, lowEnd 0xf0000000 and highEnd 0x10f800000 unchanged.
    [InlineData(0x80000000UL, true, 0xF0000000UL, 0x10F800000UL, RdmStatus.Dropped)]
    // One page above: moved; HAP rounds 0x80001000 down to 0x80000000, highEnd 0x10f800000 + 0x70000000.
    [InlineData(0x80001000UL, true, 0x80000000UL, 0x17F800000UL, RdmStatus.Reserved)]
    // Without HAP: lowEnd 0x80001000, highEnd 0x10f800000 + 0x6ffff000.
    [InlineData(0x80001000UL, false, 0x80001000UL, 0x17F7FF000UL, RdmStatus.Reserved)]
    public void Plan_ExampleCAroundBoundaryRelaxed_MovesOnlyStrictlyAbove(ulong start, bool hap, ulong lowEnd, ulong highEnd, RdmStatus status)
    {
        var host = Host([Gpu], Region(start, start + 0x4000, Gpu));

        var plan = LayoutPlanner.Plan(host, HostStrategy(4096, RdmPolicy.Relaxed) with { Hap = hap });

        (plan.Feasible, plan.LowMemEnd.Value, plan.HighMemEnd?.Value).ShouldBe((true, lowEnd, (ulong?)highEnd));
        plan.ReservedDeviceMemory.ShouldHaveSingleItem().Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(0x180000000UL, 0x180004000UL, "above 4G, which no boundary moves: memoryMiB 5896 keeps high RAM below it")]
    [InlineData(0xE0000UL, 0xF0000UL, "below 2 MiB, where no boundary moves RAM")]
    [InlineData(0x40000000UL, 0x40004000UL, "at or below rdmMemBoundaryMiB (2048): rdmMemBoundaryMiB 1023 moves low RAM below it")]
    public void Plan_StrictConflict_SaysWhoseRegionAndWhatAvoidsIt(ulong start, ulong end, string avoid)
    {
        // Example C: memory 8192, high RAM [4G, 0x20f800000); 0x20f800000 - 0x180000000 = 0x8f800000 (2296 MiB) too much.
        var host = Host([Usb], Region(start, end, Usb));

        var plan = LayoutPlanner.Plan(host, Request(8192, Assign(Usb)));

        plan.Findings.ShouldHaveSingleItem().Message.ShouldBe(
            $"RDM conflict at 0x{start:x}. The region [0x{start:x}, 0x{end:x}) of {Usb} lies in guest RAM {avoid}; rdmPolicy relaxed boots with it as RAM (the device may misbehave).");
    }
}
