using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Pci;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;
using static Placement.Domain.Tests.Migration.MigrationBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>§6 steps 1 and 3 on the target: each device to attach there must exist, be behind an IOMMU, be free and not share an RMRR badly.</summary>
public sealed class MigrationDeviceTests
{
    // Gpu3 and its sharer DMA into one RMRR, the same range host a's layout reserves.
    private static readonly HostInventory SharedOnTarget =
        Host([Device(Gpu3), Device(Sharer)], Region(0xA0000000, 0xA3800000, Gpu3, Sharer));

    private static DeviceOutcome OnlyOutcome(TargetVerdict verdict)
    {
        var outcome = verdict.Devices.ShouldHaveSingleItem();
        outcome.Findings.ShouldBe(verdict.Findings);
        return outcome;
    }

    [Fact]
    public void Check_DeviceNotInTargetInventory_DeviceUnknown()
    {
        var outcome = OnlyOutcome(CheckVm(Host([Usb])));

        (outcome.Device, outcome.Outcome).ShouldBe((Sbdf(Gpu3), AssignmentOutcome.Refused));
        outcome.Findings.Select(f => (f.Severity, f.Code, f.Device)).ShouldBe([(Severity.Error, FindingCodes.DeviceUnknown, (PciAddress?)Sbdf(Gpu3))]);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Check_NoIommuOnHostOrDevice_DeviceWithoutIommu(bool hostIommu, bool deviceProtected)
    {
        var target = HostA with { Iommu = hostIommu, Devices = [HostA.Devices[0] with { IommuProtected = deviceProtected }] };

        var verdict = CheckVm(target);

        verdict.Verdict.ShouldBe(MigrationVerdict.Incompatible);
        OnlyOutcome(verdict).Findings.Select(f => f.Code).ShouldBe([FindingCodes.DeviceWithoutIommu]);
    }

    [Fact]
    public void Check_DeviceHeldByAnotherDomainOnTarget_DeviceBusy()
    {
        var verdict = MigrationCheck.Check(VmOnA(), Target("b", HostA) with { Usage = Owned((Gpu3, OtherDomain)) });

        verdict.Verdict.ShouldBe(MigrationVerdict.Incompatible);
        var finding = OnlyOutcome(verdict).Findings.ShouldHaveSingleItem();
        (finding.Code, finding.Message).ShouldBe((FindingCodes.DeviceBusy, $"Device {Gpu3} is assigned to domain {OtherDomain}."));
    }

    [Theory]
    [InlineData(RdmPolicy.Strict, Severity.Error, MigrationVerdict.Incompatible)]
    [InlineData(RdmPolicy.Relaxed, Severity.Warning, MigrationVerdict.CompatibleWithWarnings)]
    public void Check_SharedRmrrOnTarget_SharedRmrrByPolicy(RdmPolicy policy, Severity severity, MigrationVerdict expected)
    {
        var verdict = CheckVm(SharedOnTarget, Assign(Gpu3, policy));

        verdict.Verdict.ShouldBe(expected);
        var finding = OnlyOutcome(verdict).Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code, finding.Range).ShouldBe((severity, FindingCodes.SharedRmrr, (AddressRange?)Range(0xA0000000, 0xA3800000)));
    }

    [Fact]
    public void Check_SharerHeldByAnotherDomainOnTarget_RmrrSharedWithOtherDomainEvenRelaxed()
    {
        var target = Target("b", SharedOnTarget, Assign(Gpu3, RdmPolicy.Relaxed)) with { Usage = Owned((Sharer, OtherDomain)) };

        var verdict = MigrationCheck.Check(VmOnA(), target);

        verdict.Verdict.ShouldBe(MigrationVerdict.Incompatible);
        OnlyOutcome(verdict).Findings.Select(f => (f.Severity, f.Code))
            .ShouldBe([(Severity.Warning, FindingCodes.SharedRmrr), (Severity.Error, FindingCodes.RmrrSharedWithOtherDomain)]);
    }

    [Fact]
    public void Check_BothSharersAttachedRelaxed_OneIdentityMapTwoWarnings()
    {
        var verdict = CheckVm(SharedOnTarget, Assign(Gpu3, RdmPolicy.Relaxed), Assign(Sharer, RdmPolicy.Relaxed));

        verdict.Verdict.ShouldBe(MigrationVerdict.CompatibleWithWarnings);
        verdict.Devices.Select(d => (d.Device, d.Outcome)).ShouldBe(
            [(Sbdf(Gpu3), AssignmentOutcome.AssignedWithWarnings), (Sbdf(Sharer), AssignmentOutcome.AssignedWithWarnings)]);
        verdict.Codes().ShouldBe([(Severity.Warning, FindingCodes.SharedRmrr), (Severity.Warning, FindingCodes.SharedRmrr)]);
    }

    [Theory]
    [InlineData(null, null, RdmPolicy.Strict)]
    [InlineData(null, RdmPolicy.Relaxed, RdmPolicy.Relaxed)]
    [InlineData(RdmPolicy.Relaxed, RdmPolicy.Strict, RdmPolicy.Relaxed)]
    [InlineData(RdmPolicy.Strict, RdmPolicy.Relaxed, RdmPolicy.Strict)]
    public void Check_DevicePolicyElseDomainsExplicitElseStrict_OutcomePolicy(RdmPolicy? own, RdmPolicy? global, RdmPolicy expected)
    {
        var moving = Moving(HostA, HostStrict with { GlobalPolicy = global });

        var verdict = MigrationCheck.Check(moving, Target("b", HostA, Assign(Gpu3, own)));

        verdict.Devices.ShouldHaveSingleItem().Policy.ShouldBe(expected);
    }

    [Fact]
    public void Check_DevicesOtherThanTheDomainHolds_EachCheckedInRequestOrder()
    {
        var target = Host([Device(Gpu3), Device(Usb)], Region(0xA0000000, 0xA3800000, Gpu3));

        var verdict = CheckVm(target, Assign(Usb), Assign(Audio), Assign(Gpu3));

        verdict.Devices.Select(d => (d.Device, d.Outcome)).ShouldBe(
            [(Sbdf(Usb), AssignmentOutcome.Assigned), (Sbdf(Audio), AssignmentOutcome.Refused), (Sbdf(Gpu3), AssignmentOutcome.Assigned)]);
        verdict.Codes().ShouldBe([(Severity.Error, FindingCodes.DeviceUnknown)]);
    }
}
