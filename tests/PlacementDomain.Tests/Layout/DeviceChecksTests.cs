using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§6 and §8: what a requested device brings on its own, and the outcome it gets in a plan.</summary>
public sealed class DeviceChecksTests
{
    private const string Unknown = "0000:05:00.0";

    // usb and audio share the legacy USB RMRR; the GPU's RMRR is its own.
    private static readonly HostInventory Host3 = Host([Gpu, Usb, Audio], Region(0xE0000, 0xF0000, Usb, Audio), Region(0xA0000000, 0xA3800000, Gpu));

    private static PciDevice DeviceOf(HostInventory host, string sbdf) => host.Devices.Single(d => d.Address == Sbdf(sbdf));

    [Fact]
    public void Check_DeviceNotInInventory_DeviceUnknownError()
    {
        var finding = DeviceChecks.Check(Host3, null, Assign(Unknown), RdmPolicy.Strict).ShouldHaveSingleItem();

        (finding.Severity, finding.Code, finding.Device).ShouldBe((Severity.Error, FindingCodes.DeviceUnknown, Sbdf(Unknown)));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Check_NoIommuOnHostOrDevice_DeviceWithoutIommuError(bool hostIommu, bool deviceProtected)
    {
        var gpu = DeviceOf(Host3, Gpu) with { IommuProtected = deviceProtected };
        var host = Host3 with { Iommu = hostIommu, Devices = [gpu] };

        var finding = DeviceChecks.Check(host, gpu, Assign(Gpu), RdmPolicy.Relaxed).ShouldHaveSingleItem();

        (finding.Severity, finding.Code, finding.Device).ShouldBe((Severity.Error, FindingCodes.DeviceWithoutIommu, Sbdf(Gpu)));
    }

    [Theory]
    [InlineData(RdmPolicy.Strict, Severity.Error)]
    [InlineData(RdmPolicy.Relaxed, Severity.Warning)]
    public void Check_SharedRmrr_ErrorUnderStrictWarningUnderRelaxed(RdmPolicy policy, Severity expected)
    {
        var finding = DeviceChecks.Check(Host3, DeviceOf(Host3, Usb), Assign(Usb, policy), policy).ShouldHaveSingleItem();

        (finding.Severity, finding.Code, finding.Range, finding.Device)
            .ShouldBe((expected, FindingCodes.SharedRmrr, Range(0xE0000, 0xF0000), Sbdf(Usb)));
        finding.Message.ShouldContain(Audio);
    }

    [Fact]
    public void Check_OwnRmrrBehindIommu_NoFinding() =>
        DeviceChecks.Check(Host3, DeviceOf(Host3, Gpu), Assign(Gpu), RdmPolicy.Strict).ShouldBeEmpty();

    [Fact]
    public void OutcomeOf_Findings_AssignedWithWarningsOrRefused()
    {
        var warning = Finding.Warning(FindingCodes.SharedRmrr, "w");
        var error = Finding.Error(FindingCodes.DeviceUnknown, "e");

        DeviceChecks.OutcomeOf([]).ShouldBe(AssignmentOutcome.Assigned);
        DeviceChecks.OutcomeOf([warning, warning]).ShouldBe(AssignmentOutcome.AssignedWithWarnings);
        DeviceChecks.OutcomeOf([warning, error]).ShouldBe(AssignmentOutcome.Refused);
    }

    [Fact]
    public void Plan_MixedDevices_EachGetsItsOutcome()
    {
        // 2048 MiB: low RAM [0, 0x7f800000) covers the shared RMRR; the GPU's RMRR lies above it.
        var plan = LayoutPlanner.Plan(Host3, Request(2048, Assign(Gpu), Assign(Usb, RdmPolicy.Relaxed), Assign(Unknown)));

        plan.Devices.Select(d => (d.Device, d.Outcome)).ShouldBe([
            (Sbdf(Gpu), AssignmentOutcome.Assigned),
            (Sbdf(Usb), AssignmentOutcome.AssignedWithWarnings),
            (Sbdf(Unknown), AssignmentOutcome.Refused)]);
        plan.Devices[1].Findings.Select(f => f.Code).ShouldBe([FindingCodes.RdmConflictIgnored, FindingCodes.SharedRmrr]);
        plan.Devices[2].Findings.Select(f => f.Code).ShouldBe([FindingCodes.DeviceUnknown]);
        plan.Feasible.ShouldBeFalse();
    }

    [Fact]
    public void Plan_OnlyWarnings_FeasibleAndAssignedWithWarnings()
    {
        var plan = LayoutPlanner.Plan(Host3, Request(2048, Assign(Gpu), Assign(Usb, RdmPolicy.Relaxed)));

        plan.Feasible.ShouldBeTrue();
        plan.Devices.Select(d => d.Outcome).ShouldBe([AssignmentOutcome.Assigned, AssignmentOutcome.AssignedWithWarnings]);
    }

    [Fact]
    public void Plan_DeviceRmrrInFirmwareArea_RefusedUnderRelaxedToo()
    {
        var host = Host([Gpu], Region(0xFD000000, 0xFD001000, Gpu));

        var plan = LayoutPlanner.Plan(host, Request(2048, Assign(Gpu, RdmPolicy.Relaxed)));

        var outcome = plan.Devices.ShouldHaveSingleItem();
        outcome.Outcome.ShouldBe(AssignmentOutcome.Refused);
        var finding = outcome.Findings.ShouldHaveSingleItem();
        (finding.Code, finding.Range).ShouldBe((FindingCodes.RdmInFirmwareArea, Range(0xFD000000, 0xFD001000)));
    }
}
