using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Assignment;

/// <summary>§6 step 4: a hotplugged device meets the layout fixed at creation, which is why strategy host exists.</summary>
public sealed class HotplugTests
{
    private const string A = "0000:00:04.0";
    private const string B = Gpu;

    // A has no RMRR; B's RMRR lies in the low RAM of a 4096 MiB guest unless it is reserved at creation.
    private static readonly HostInventory HostAB = Host([Device(A, Mem32(0, 16 * MiB)), Device(B)], Region(0xA0000000, 0xA3800000, B));

    private static X86Request WithA(RdmStrategy strategy, RdmPolicy? global = null) =>
        Request(4096, Assign(A)) with { Strategy = strategy, GlobalPolicy = global };

    private static DeviceOutcome Plug(LiveDomain domain, DeviceRequest device, HostUsage? usage = null) =>
        Hotplug.Check(HostAB, domain, device, usage ?? UsageOf(domain, 4096));

    [Fact]
    public void Check_CreatedWithStrategyIgnore_StrictRmrrOnRamRefusedWithIdentityMapConflict()
    {
        var outcome = Plug(Create(HostAB, WithA(RdmStrategy.Ignore)), Assign(B));

        (outcome.Device, outcome.Policy, outcome.Outcome).ShouldBe((Sbdf(B), RdmPolicy.Strict, AssignmentOutcome.Refused));
        var finding = outcome.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code, finding.Range, finding.Device)
            .ShouldBe((Severity.Error, FindingCodes.IdentityMapConflict, Range(0xA0000000, 0xA3800000), Sbdf(B)));
        finding.Message.ShouldContain("guest RAM");
    }

    [Fact]
    public void Check_CreatedWithStrategyHost_RmrrReservedAtCreationAndAssigned()
    {
        var plan = LayoutPlanner.Plan(HostAB, WithA(RdmStrategy.Host));
        plan.LowMemEnd.Value.ShouldBe(0xA0000000UL);
        plan.ReservedDeviceMemory.ShouldHaveSingleItem().ShouldBe(new RdmEntry(Range(0xA0000000, 0xA3800000), RdmPolicy.Relaxed, RdmSource.Host));

        var outcome = Plug(Create(HostAB, WithA(RdmStrategy.Host)), Assign(B));

        (outcome.Outcome, outcome.Policy).ShouldBe((AssignmentOutcome.Assigned, RdmPolicy.Strict));
        outcome.Findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, null, RdmPolicy.Strict)]
    [InlineData(null, RdmPolicy.Relaxed, RdmPolicy.Strict)] // xl never passes the domain's policy on (§6 rule 4)
    [InlineData(null, RdmPolicy.Strict, RdmPolicy.Strict)]
    [InlineData(RdmPolicy.Relaxed, null, RdmPolicy.Relaxed)]
    [InlineData(RdmPolicy.Relaxed, RdmPolicy.Strict, RdmPolicy.Relaxed)]
    [InlineData(RdmPolicy.Strict, RdmPolicy.Relaxed, RdmPolicy.Strict)]
    public void Check_DevicePolicyElseStrict_DecidesErrorOrWarning(RdmPolicy? own, RdmPolicy? global, RdmPolicy expected)
    {
        var outcome = Plug(Create(HostAB, WithA(RdmStrategy.Ignore, global)), Assign(B, own));

        outcome.Policy.ShouldBe(expected);
        var finding = outcome.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.IdentityMapConflict);
        (finding.Severity, outcome.Outcome).ShouldBe(expected == RdmPolicy.Strict
            ? (Severity.Error, AssignmentOutcome.Refused)
            : (Severity.Warning, AssignmentOutcome.AssignedWithWarnings));
    }

    [Fact]
    public void Check_DeviceTheDomainHasAlready_RefusedAsAlreadyAssigned()
    {
        var domain = Create(HostAB, WithA(RdmStrategy.Ignore));

        var outcome = Plug(domain, Assign(A));

        outcome.Outcome.ShouldBe(AssignmentOutcome.Refused);
        outcome.Findings.ShouldHaveSingleItem().Message.ShouldContain("already assigned to this domain");
    }

    [Fact]
    public void Check_DeviceOfAnotherDomain_RefusedAsBusy()
    {
        var domain = Create(HostAB, WithA(RdmStrategy.Host));

        var outcome = Plug(domain, Assign(B), Owned((A, domain.Id), (B, OtherDomain)));

        outcome.Outcome.ShouldBe(AssignmentOutcome.Refused);
        outcome.Findings.Select(f => f.Code).ShouldBe([FindingCodes.DeviceBusy]);
    }

    [Fact]
    public void Check_UnknownDevice_OnlyDeviceUnknown()
    {
        var outcome = Plug(Create(HostAB, WithA(RdmStrategy.Ignore)), Assign("0000:05:00.0"), HostUsage.None);

        outcome.Outcome.ShouldBe(AssignmentOutcome.Refused);
        outcome.Findings.Select(f => f.Code).ShouldBe([FindingCodes.DeviceUnknown]);
    }

    [Fact]
    public void Check_SameRmrrAsADeviceOfTheDomain_SharesItsIdentityMap()
    {
        const string Sharer = "0000:00:05.0";
        var host = HostAB with { Devices = [.. HostAB.Devices, Device(Sharer)], ReservedRegions = [Region(0xA0000000, 0xA3800000, B, Sharer)] };
        var domain = Create(host, Request(4096, Assign(B, RdmPolicy.Relaxed)));

        var outcome = Hotplug.Check(host, domain, Assign(Sharer, RdmPolicy.Relaxed), UsageOf(domain, 4096));

        outcome.Outcome.ShouldBe(AssignmentOutcome.AssignedWithWarnings);
        outcome.Findings.Select(f => f.Code).ShouldBe([FindingCodes.SharedRmrr]);
    }
}
