using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Assignment;

/// <summary>§6 step 2: what an RMRR of a hotplugged device may and may not meet in the domain's fixed layout.</summary>
public sealed class IdentityMapsTests
{
    private const string A = "0000:00:04.0";
    private const string InHole = "0000:00:05.0";
    private const string OnBar = "0000:00:06.0";
    private const string OnHighRam = "0000:00:07.0";
    private const string OnLowRam = "0000:00:08.0";

    // A 8192 MiB guest with only A: low RAM [0, 0xf0000000), high RAM [4G, 0x20f800000), A's BAR at [0xf0000000, 0xf1000000).
    private static readonly HostInventory HostOf5 = Host(
        [Device(A, Mem32(0, 16 * MiB)), Device(InHole), Device(OnBar), Device(OnHighRam), Device(OnLowRam)],
        Region(0x40000000, 0x40004000, OnLowRam),
        Region(0xF0000000, 0xF0001000, OnBar),
        Region(0xF8000000, 0xF8001000, InHole),
        Region(0x140000000, 0x140004000, OnHighRam));

    private static DeviceOutcome Plug(RdmStrategy strategy, string device)
    {
        var domain = Create(HostOf5, Request(8192, Assign(A)) with { Strategy = strategy, GlobalPolicy = RdmPolicy.Relaxed });
        return Hotplug.Check(HostOf5, domain, Assign(device, RdmPolicy.Strict), UsageOf(domain, 8192));
    }

    private static void ShouldMeet(DeviceOutcome outcome, string device, string? obstacle)
    {
        if (obstacle is null)
        {
            outcome.Outcome.ShouldBe(AssignmentOutcome.Assigned);
            outcome.Findings.ShouldBeEmpty();
            return;
        }

        outcome.Outcome.ShouldBe(AssignmentOutcome.Refused);
        var finding = outcome.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code, finding.Device).ShouldBe((Severity.Error, FindingCodes.IdentityMapConflict, Sbdf(device)));
        finding.Message.ShouldContain(obstacle);
    }

    [Theory]
    [InlineData(InHole, null)]
    [InlineData(OnBar, "QEMU maps the emulated VGA's video RAM at [0xf0000000, 0xf0800000)")]
    [InlineData(OnLowRam, "it is guest RAM")]
    [InlineData(OnHighRam, "it is guest RAM")]
    public void Check_StrategyIgnore_ConflictsOnlyWithRamAndBars(string device, string? obstacle) =>
        ShouldMeet(Plug(RdmStrategy.Ignore, device), device, obstacle);

    [Fact]
    public void Check_RmrrInFirmwaresArea_Conflicts()
    {
        const string inFirmware = "0000:00:09.0";
        var host = Host([Device(A), Device(inFirmware)], Region(0xFC000000, 0xFC001000, inFirmware));
        var domain = Create(host, Request(2048, Assign(A)));

        var outcome = Hotplug.Check(host, domain, Assign(inFirmware, RdmPolicy.Strict), UsageOf(domain, 2048));

        ShouldMeet(outcome, inFirmware, "hvmloader's ACPI pages [0xfc000000, 0xfc011000)");
    }

    [Theory]
    [InlineData(InHole, null)]
    [InlineData(OnBar, null)]
    [InlineData(OnLowRam, "dropped")]
    [InlineData(OnHighRam, "dropped")]
    public void Check_StrategyHostRelaxed_KeptRdmsFineDroppedOnesConflict(string device, string? obstacle)
    {
        // Reserved at creation, the RMRR at 0xf0000000 pushes A's BAR aside; the two on RAM were dropped with a warning.
        ShouldMeet(Plug(RdmStrategy.Host, device), device, obstacle);
    }

    [Fact]
    public void Check_KeptRmrrUnderHighBar_ConflictsWithTheBarThePlanWarnedAbout()
    {
        // Xen places a 64-bit BAR over 1 GiB high without looking at RDMs: strategy host cannot help here.
        var host = Host([Device(A, Mem64(0, 2 * GiB)), Device(InHole)], Region(FourG, FourG + 0x1000, InHole));
        var request = Request(2048, Assign(A)) with { Strategy = RdmStrategy.Host };
        LayoutPlanner.Plan(host, request).Findings.Select(f => f.Code).ShouldBe([FindingCodes.HighBarOverlapsRdm]);
        var domain = Create(host, request);

        var outcome = Hotplug.Check(host, domain, Assign(InHole), UsageOf(domain, 2048));

        outcome.Findings.ShouldHaveSingleItem().Message.ShouldContain($"BAR 0 of the passed-through {A}");
    }

    [Theory]
    [InlineData(BarWindow.Low, true)]
    [InlineData(BarWindow.High, true)]
    [InlineData(BarWindow.Io, false)]
    public void Check_RangeUnderPassedThroughBar_OnlyMemoryBarsConflict(BarWindow window, bool conflict)
    {
        // I/O ports are their own address space: equal numbers do not collide with memory.
        var layout = Create(HostOf5, Request(2048)).Layout;
        var kind = window == BarWindow.Io ? BarKind.Io : BarKind.Memory;
        var bar = new PlacedBar(Sbdf("0000:00:04.0"), 1, kind, new ByteSize(0x100), false, Sbdf(A), Range(0xF8000000, 0xF8000100), window);

        var findings = IdentityMaps.Check(Domain(layout with { Bars = [bar] }), Sbdf(InHole), [Region(0xF8000000, 0xF8001000, InHole)], RdmPolicy.Relaxed);

        findings.Select(f => (f.Code, f.Severity)).ShouldBe(conflict ? [(FindingCodes.IdentityMapConflict, Severity.Warning)] : []);
    }

    [Fact]
    public void Check_RangeUnderEmulatedRegisterBar_NoConflict()
    {
        // The emulated functions' registers trap to QEMU: nothing is populated there.
        var layout = Create(HostOf5, Request(2048)).Layout;
        var bar = new PlacedBar(Sbdf("0000:00:02.0"), 1, BarKind.Memory, new ByteSize(0x1000000), false, null, Range(0xF8000000, 0xF9000000), BarWindow.Low);

        IdentityMaps.Check(Domain(layout with { Bars = [bar] }), Sbdf(InHole), [Region(0xF8000000, 0xF8001000, InHole)], RdmPolicy.Strict).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0xF8000000, 0xF8001000)]
    [InlineData(0xF8000000, 0xF8002000)]
    [InlineData(0xF7000000, 0xF9000000)]
    public void Check_OverlapsAnotherDevicesIdentityMap_NoConflict(ulong start, ulong end)
    {
        // Pages mapped 1:1 already are fine for the p2m (§6 rule 3), whoever's map put them there.
        var layout = Create(HostOf5, Request(2048)).Layout;
        var existing = new RdmEntry(Range(start, end), RdmPolicy.Strict, RdmSource.Device);

        IdentityMaps.Check(Domain(layout with { ReservedDeviceMemory = [existing] }), Sbdf(InHole), [Region(0xF8000000, 0xF8001000, InHole)], RdmPolicy.Strict)
            .ShouldBeEmpty();
    }

    private static LiveDomain Domain(DomainLayout layout) => new(Guid.Empty, null, layout, []);
}
