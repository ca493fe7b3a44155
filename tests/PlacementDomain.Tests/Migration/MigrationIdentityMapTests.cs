using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Pci;
using static Placement.Domain.Tests.Layout.LayoutBuilders;
using static Placement.Domain.Tests.Migration.MigrationBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>
/// §6 step 2 against the layout fixed on host a (§4 step 3, §7): the target's RMRR of each device
/// to attach must be reserved there or in unused hole space; guest RAM, the firmware's area and a
/// BAR of the layout conflict (error under strict, warning under relaxed).
/// </summary>
public sealed class MigrationIdentityMapTests
{
    [Theory]
    [InlineData(0xA0000000, 0xA3800000, null)]
    [InlineData(0xA1000000, 0xA1001000, null)]
    [InlineData(0xF8000000, 0xF8001000, null)]
    [InlineData(0x60000000, 0x60004000, "it is guest RAM")]
    [InlineData(0x9FFFF000, 0xA0001000, "it is guest RAM")]
    [InlineData(0x140000000, 0x140004000, "it is guest RAM")]
    [InlineData(0xFD000000, 0xFD001000, null)] // hvmloader's dynamic area past its first 64 KiB: unpopulated
    [InlineData(0xFC000000, 0xFC001000, "it overlaps hvmloader's ACPI pages [0xfc000000, 0xfc011000), which are populated")]
    public void Check_StrictTargetRmrr_ConflictsOnlyWithRamFirmwareAndBars(ulong start, ulong end, string? obstacle)
    {
        var verdict = CheckVm(WithRmrr(start, end));

        var outcome = verdict.Devices.ShouldHaveSingleItem();
        if (obstacle is null)
        {
            (verdict.Verdict, outcome.Outcome).ShouldBe((MigrationVerdict.Compatible, AssignmentOutcome.Assigned));
            verdict.Findings.ShouldBeEmpty();
            return;
        }

        (verdict.Verdict, outcome.Outcome).ShouldBe((MigrationVerdict.Incompatible, AssignmentOutcome.Refused));
        var finding = verdict.Findings.ShouldHaveSingleItem();
        finding.ShouldBe(outcome.Findings.ShouldHaveSingleItem());
        (finding.Severity, finding.Code, finding.Range, finding.Device)
            .ShouldBe((Severity.Error, FindingCodes.IdentityMapConflict, (AddressRange?)Range(start, end), (PciAddress?)Sbdf(Gpu3)));
        finding.Message.ShouldStartWith($"Cannot set up identity map {Range(start, end)} for {Gpu3}: {obstacle}.");
    }

    [Fact]
    public void Check_RelaxedRmrrOnGuestRam_CompatibleWithWarnings()
    {
        var verdict = CheckVm(WithRmrr(0x60000000, 0x60004000), Assign(Gpu3, RdmPolicy.Relaxed));

        verdict.Verdict.ShouldBe(MigrationVerdict.CompatibleWithWarnings);
        verdict.Devices.ShouldHaveSingleItem().Outcome.ShouldBe(AssignmentOutcome.AssignedWithWarnings);
        verdict.Codes().ShouldBe([(Severity.Warning, FindingCodes.IdentityMapConflict)]);
        verdict.Warnings.ShouldBe(1);
    }

    [Theory]
    [InlineData(RdmPolicy.Relaxed, Severity.Warning)]
    [InlineData(RdmPolicy.Strict, Severity.Error)]
    public void Check_RmrrOnRdmDroppedAtCreation_ConflictSaysDropped(RdmPolicy policy, Severity severity)
    {
        // Created relaxed with every RMRR of its host: the one at 0x40000000 (below the boundary) was dropped, and is RAM.
        var source = HostA with { Devices = [.. HostA.Devices, Device(Usb)], ReservedRegions = [Region(0x40000000, 0x40004000, Usb), .. HostA.ReservedRegions] };
        var moving = Moving(source, HostStrict with { GlobalPolicy = RdmPolicy.Relaxed });
        moving.Domain.Layout.ReservedDeviceMemory.Select(e => e.Status).ShouldBe([RdmStatus.Dropped, RdmStatus.Reserved]);

        var verdict = MigrationCheck.Check(moving, Target("b", WithRmrr(0x40000000, 0x40004000), Assign(Gpu3, policy)));

        var finding = verdict.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code).ShouldBe((severity, FindingCodes.IdentityMapConflict));
        finding.Message.ShouldStartWith($"Cannot set up identity map [0x40000000, 0x40004000) for {Gpu3}: the RDM [0x40000000, 0x40004000) was dropped at creation and is guest RAM.");
    }

    [Fact]
    public void Check_SeveralRmrrsOfOneDevice_OneFindingPerConflictingRmrr()
    {
        var target = Host([Device(Gpu3)], Region(0x60000000, 0x60001000, Gpu3), Region(0xA0000000, 0xA3800000, Gpu3), Region(0x140000000, 0x140001000, Gpu3));

        var verdict = CheckVm(target);

        verdict.Findings.Select(f => f.Range).ShouldBe([Range(0x60000000, 0x60001000), Range(0x140000000, 0x140001000)]);
        verdict.Devices.ShouldHaveSingleItem().Findings.Count.ShouldBe(2);
    }
}
