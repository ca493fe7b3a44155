using Placement.Domain.Arm;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Tests.Arm;
using Placement.Domain.UseCases;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.UseCases;

/// <summary>What a create comes to, decided from what was loaded: the order of its refusals and what a created domain holds.</summary>
public sealed class CreateDomainTests
{
    private const string Gpu = "0000:01:00.0";
    private static readonly HostName Name = HostName.Parse("xen-1");
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = new("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4");
    private static readonly HostInventory X86 = Host([Device(Gpu)]);

    private static CreateOutcome Decide(HostInventory host, DomainRequest request, HostOccupancy? occupancy = null) =>
        CreateDomain.Decide(Name, host, occupancy ?? new HostOccupancy(HostUsage.None, null), "vm-1", request, Id, Now);

    [Fact]
    public void Decide_FeasiblePlan_DomainLiveWithOneAssignmentPerDeviceAtNow()
    {
        var created = Decide(X86, Request(1024, Assign(Gpu))).ShouldBeOfType<CreateOutcome.Created>();

        var domain = created.Domain;
        (domain.Id, domain.Host, domain.Name, domain.State, domain.CreatedAt, domain.DestroyedAt).ShouldBe((Id, Name, "vm-1", DomainState.Live, Now, (DateTimeOffset?)null));
        var plan = LayoutPlanner.Plan(X86, Request(1024, Assign(Gpu)));
        var layout = domain.Layout.ShouldBeOfType<DomainLayout>();
        (layout.Ram, layout.MmioHoleStart).ShouldBe((plan.Layout!.Ram, plan.MmioHoleStart));
        layout.E820.ShouldBe(plan.E820!);
        domain.Devices.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => (a.Device, a.Policy, a.Outcome, a.AssignedAt).ShouldBe((Sbdf(Gpu), RdmPolicy.Strict, AssignmentOutcome.Assigned, Now)), a => a.Findings.ShouldBeEmpty());
        created.StaticBanks.ShouldBeEmpty();
    }

    [Fact]
    public void Decide_DeviceHeldByAnotherDomain_RefusedWithThePlansFindings()
    {
        var refused = Decide(X86, Request(1024, Assign(Gpu)), new HostOccupancy(Owned((Gpu, OtherDomain)), null)).ShouldBeOfType<CreateOutcome.Refused>();

        refused.Findings.ShouldContain(f => f.Code == FindingCodes.DeviceBusy && f.Severity == Severity.Error);
        refused.Devices.ShouldHaveSingleItem().Outcome.ShouldBe(AssignmentOutcome.Refused);
    }

    [Fact]
    public void Decide_NameHeldOnTheHost_NameTakenBeforeAnyPlan()
    {
        var holder = Guid.NewGuid();

        Decide(X86, Request(1_000_000), new HostOccupancy(HostUsage.None, holder)).ShouldBe(new CreateOutcome.NameTaken(holder));
    }

    [Fact]
    public void Decide_ArmRequestOnX86HostWithNameTaken_WrongArchitectureFirst()
    {
        var arm = new ArmRequest(256, [], new ArmOptions(1, false, false, MemoryAllocation.Auto, []));

        Decide(X86, arm, new HostOccupancy(HostUsage.None, Guid.NewGuid())).ShouldBe(new CreateOutcome.WrongArchitecture(CpuArchitecture.X64));
    }

    [Fact]
    public void Decide_X86RequestOnArmHost_WrongArchitecture() =>
        Decide(ArmPlatforms.Host(), Request(256)).ShouldBe(new CreateOutcome.WrongArchitecture(CpuArchitecture.Arm64));

    [Fact]
    public void Decide_DirectMappedArmDomain_CreatedWithTheStaticBanksItHolds()
    {
        var request = ArmPlatforms.Request(256, new ArmOptions(1, true, false, MemoryAllocation.Auto, []));

        var created = Decide(ArmPlatforms.Host(), request).ShouldBeOfType<CreateOutcome.Created>();

        created.StaticBanks.ShouldNotBeEmpty();
        created.StaticBanks.ShouldBe(created.Domain.Layout.ShouldBeOfType<ArmLayout>().Banks);
        created.Domain.Request.ShouldBe(request);
    }
}
