using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Assignment;

/// <summary>§6 steps 1 and 3 with live domains: one owner per device, one guest per shared RMRR.</summary>
public sealed class DeviceOwnershipTests
{
    // usb and audio share the legacy USB RMRR; the GPU's RMRR is its own.
    private static readonly HostInventory Host3 = Host([Gpu, Usb, Audio], Region(0xE0000, 0xF0000, Usb, Audio), Region(0xA0000000, 0xA3800000, Gpu));

    private static List<Finding> Check(string sbdf, RdmPolicy policy, HostUsage usage, Guid? domain = null)
    {
        var request = Assign(sbdf, policy);
        var device = Host3.Devices.Single(d => d.Address == request.Address);
        return DeviceChecks.Check(Host3, device, request, policy, new DeviceScopes(Host3, [request]), usage, domain);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_DeviceOwnedByAnotherDomain_DeviceBusyNamingTheOwner(bool hotplug)
    {
        var finding = Check(Gpu, RdmPolicy.Relaxed, Owned((Gpu, OtherDomain)), hotplug ? ThisDomain : null).ShouldHaveSingleItem();

        (finding.Severity, finding.Code, finding.Device).ShouldBe((Severity.Error, FindingCodes.DeviceBusy, Sbdf(Gpu)));
        finding.Message.ShouldContain(OtherDomain.ToString());
    }

    [Fact]
    public void Check_DeviceOwnedByThisDomain_DeviceBusyAlreadyAssigned()
    {
        var finding = Check(Gpu, RdmPolicy.Strict, Owned((Gpu, ThisDomain)), ThisDomain).ShouldHaveSingleItem();

        (finding.Severity, finding.Code).ShouldBe((Severity.Error, FindingCodes.DeviceBusy));
        finding.Message.ShouldContain("already assigned to this domain");
    }

    [Theory]
    [InlineData(RdmPolicy.Strict, Severity.Error)]
    [InlineData(RdmPolicy.Relaxed, Severity.Warning)]
    public void Check_SharerOwnedByAnotherDomain_RmrrSharedWithOtherDomainUnderEitherPolicy(RdmPolicy policy, Severity shared)
    {
        var findings = Check(Usb, policy, Owned((Audio, OtherDomain)), ThisDomain);

        findings.Select(f => (f.Code, f.Severity)).ShouldBe([(FindingCodes.SharedRmrr, shared), (FindingCodes.RmrrSharedWithOtherDomain, Severity.Error)]);
        var other = findings[1];
        (other.Range, other.Device).ShouldBe((Range(0xE0000, 0xF0000), Sbdf(Usb)));
        other.Message.ShouldContain(Audio);
        other.Message.ShouldContain(OtherDomain.ToString());
    }

    [Fact]
    public void Check_SharerOwnedByThisDomain_OnlySharedRmrr() =>
        Check(Usb, RdmPolicy.Relaxed, Owned((Audio, ThisDomain)), ThisDomain).Select(f => f.Code).ShouldBe([FindingCodes.SharedRmrr]);

    [Fact]
    public void Check_NotYetCreatedDomain_EveryOwnerIsAnotherDomain() =>
        Check(Usb, RdmPolicy.Relaxed, Owned((Audio, ThisDomain))).Select(f => f.Code)
            .ShouldBe([FindingCodes.SharedRmrr, FindingCodes.RmrrSharedWithOtherDomain]);

    [Fact]
    public void Check_UnrelatedDevicesOwned_NoFinding() =>
        Check(Gpu, RdmPolicy.Strict, Owned((Usb, OtherDomain), (Audio, OtherDomain))).ShouldBeEmpty();

    [Fact]
    public void Plan_DeviceBusy_InfeasibleAndDeviceRefused()
    {
        var plan = LayoutPlanner.Plan(Host3, Request(4096, Assign(Gpu)), Owned((Gpu, OtherDomain)));

        plan.Feasible.ShouldBeFalse();
        plan.Layout.ShouldBeNull();
        var outcome = plan.Devices.ShouldHaveSingleItem();
        outcome.Outcome.ShouldBe(AssignmentOutcome.Refused);
        outcome.Findings.Select(f => f.Code).ShouldBe([FindingCodes.DeviceBusy]);
    }

    [Fact]
    public void Plan_SharerHeldByAnotherDomainUnderRelaxed_Infeasible()
    {
        // 4096 MiB with relaxed: the legacy RMRR is dropped with a warning; only the sharer makes it fail.
        var plan = LayoutPlanner.Plan(Host3, Request(4096, Assign(Usb, RdmPolicy.Relaxed)), Owned((Audio, OtherDomain)));

        plan.Feasible.ShouldBeFalse();
        plan.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Code).ShouldBe([FindingCodes.RmrrSharedWithOtherDomain]);
        plan.Devices.ShouldHaveSingleItem().Outcome.ShouldBe(AssignmentOutcome.Refused);
    }

    [Fact]
    public void Plan_OtherDevicesOwned_Feasible() =>
        LayoutPlanner.Plan(Host3, Request(4096, Assign(Gpu)), Owned((Usb, OtherDomain), (Audio, OtherDomain))).Feasible.ShouldBeTrue();
}
