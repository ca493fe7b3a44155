using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Pci;
using static Placement.Domain.Tests.Layout.LayoutBuilders;
using static Placement.Domain.Tests.Migration.MigrationBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>
/// The target's RMRRs of devices not attached there: where the fixed layout leaves one on guest RAM
/// (or a BAR, or the firmware's area), a later hotplug of its device would fail. Worth knowing
/// (info), and no reason to refuse the move.
/// </summary>
public sealed class RegionNotReservedTests
{
    private static HostInventory WithUsbRegion(ulong start, ulong end) =>
        HostA with { Devices = [.. HostA.Devices, Device(Usb)], ReservedRegions = [Region(start, end, Usb), .. HostA.ReservedRegions] };

    [Theory]
    [InlineData(0x40000000, 0x40004000, "it is guest RAM")]
    [InlineData(0x140000000, 0x140004000, "it is guest RAM")]
    [InlineData(0xFC000000, 0xFC001000, "it overlaps hvmloader's ACPI pages [0xfc000000, 0xfc011000), which are populated")]
    public void Check_UnattachedDevicesRmrrWhereIdentityMapWouldFail_InfoAndStillCompatible(ulong start, ulong end, string obstacle)
    {
        var verdict = CheckVm(WithUsbRegion(start, end));

        verdict.Verdict.ShouldBe(MigrationVerdict.Compatible);
        verdict.Warnings.ShouldBe(0);
        verdict.Devices.ShouldHaveSingleItem().Findings.ShouldBeEmpty();
        var finding = verdict.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code, finding.Range, finding.Device)
            .ShouldBe((Severity.Info, FindingCodes.RegionNotReserved, (AddressRange?)Range(start, end), (PciAddress?)null));
        finding.Message.ShouldBe($"RMRR {Range(start, end)} of {Usb} on b is not reserved in the guest's layout: {obstacle}. " +
            "Those devices could not be hotplugged there under strict.");
    }

    [Theory]
    [InlineData(0xF8000000, 0xF8001000)]
    [InlineData(0xA0000000, 0xA3800000)]
    public void Check_UnattachedRmrrInHoleOrReserved_NoFinding(ulong start, ulong end)
    {
        // The second shares host a's reserved range: Usb takes Gpu3's place in its scope.
        var target = start == 0xA0000000
            ? Host([Device(Gpu3), Device(Usb)], Region(start, end, Usb))
            : WithUsbRegion(start, end);

        var verdict = CheckVm(target, Assign(Gpu3, RdmPolicy.Strict));

        verdict.Findings.ShouldBeEmpty();
        verdict.Verdict.ShouldBe(MigrationVerdict.Compatible);
    }

    [Fact]
    public void Check_RmrrOfAttachedDevice_IdentityMapConflictNotInfo()
    {
        var verdict = CheckVm(WithRmrr(0x60000000, 0x60004000), Assign(Gpu3, RdmPolicy.Relaxed));

        verdict.Codes().ShouldBe([(Severity.Warning, FindingCodes.IdentityMapConflict)]);
    }

    [Fact]
    public void Check_InfoAlongsideAWarning_CompatibleWithWarningsCountingOnlyTheWarning()
    {
        var target = WithUsbRegion(0x40000000, 0x40004000) with { ReservedRegions = [Region(0x40000000, 0x40004000, Usb), Region(0x60000000, 0x60004000, Gpu3)] };

        var verdict = CheckVm(target, Assign(Gpu3, RdmPolicy.Relaxed));

        verdict.Verdict.ShouldBe(MigrationVerdict.CompatibleWithWarnings);
        verdict.Warnings.ShouldBe(1);
        verdict.Codes().ShouldBe([(Severity.Warning, FindingCodes.IdentityMapConflict), (Severity.Info, FindingCodes.RegionNotReserved)]);
    }
}
