using Placement.Domain.Arm;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.UseCases;

/// <summary>Hotplug, unplug, reboot and migrate decided on a placed domain: what each does to a live, a destroyed and an arm64 one.</summary>
public sealed class DomainLifecycleTests
{
    private const string Gpu = "0000:01:00.0";
    private const string Nic = "0000:02:00.0";
    private static readonly HostName Source = HostName.Parse("xen-1");
    private static readonly HostName Target = HostName.Parse("xen-2");
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly HostInventory X86 = Host([Device(Gpu), Device(Nic)]);

    private static PlacedDomain Live()
    {
        var created = CreateDomain.Decide(Source, X86, new HostOccupancy(HostUsage.None, null), "vm-1", Request(1024, Assign(Gpu)), ThisDomain, Now);
        return created.ShouldBeOfType<CreateOutcome.Created>().Domain;
    }

    private static HostUsage UsageOf(PlacedDomain domain) => Usage(1024, [.. domain.Devices.Select(d => (d.Device.ToString(), domain.Id))]);

    [Fact]
    public void Hotplug_FreeDevice_AttachedAtNow()
    {
        var domain = Live();

        HotplugDevice.Decide(X86, UsageOf(domain), domain, Assign(Nic), Now.AddMinutes(1)).ShouldBeOfType<HotplugOutcome.Attached>()
            .Assignment.ShouldSatisfyAllConditions(a => (a.Device, a.Policy, a.Outcome, a.AssignedAt).ShouldBe((Sbdf(Nic), RdmPolicy.Strict, AssignmentOutcome.Assigned, Now.AddMinutes(1))), a => a.Findings.ShouldBeEmpty());
    }

    [Fact]
    public void Hotplug_DeviceOfAnotherDomain_RefusedDeviceBusy()
    {
        var domain = Live();
        var usage = Usage(1024, (Gpu, domain.Id), (Nic, OtherDomain));

        HotplugDevice.Decide(X86, usage, domain, Assign(Nic), Now).ShouldBeOfType<HotplugOutcome.Refused>()
            .Outcome.Findings.ShouldContain(f => f.Code == FindingCodes.DeviceBusy);
    }

    [Fact]
    public void Hotplug_DestroyedDomain_DomainDestroyed() =>
        HotplugDevice.Decide(X86, HostUsage.None, Live() with { State = DomainState.Destroyed }, Assign(Nic), Now).ShouldBeOfType<HotplugOutcome.DomainDestroyed>();

    [Theory]
    [InlineData(Gpu, true)]
    [InlineData(Nic, false)]
    public void Unplug_Device_ReleasedOnlyWhenHeld(string device, bool held)
    {
        var outcome = UnplugDevice.Decide(Live(), Sbdf(device));

        (outcome is UnplugOutcome.Released { Assignment.Device: var d } && d == Sbdf(device)).ShouldBe(held);
        (outcome is UnplugOutcome.NotAssigned).ShouldBe(!held);
    }

    [Fact]
    public void Reboot_HostUnchanged_SameLayoutNothingToSay()
    {
        var domain = Live();

        var rebooted = RebootDomain.Decide(domain, X86, UsageOf(domain)).ShouldBeOfType<RebootOutcome.Rebooted>();

        rebooted.Changes.ShouldBeEmpty();
        RebootDomain.Changes((DomainLayout)domain.Layout, (DomainLayout)rebooted.Domain.Layout).ShouldBeEmpty();
        rebooted.Domain.Devices.Select(d => (d.Device, d.Policy, d.Outcome, d.AssignedAt, d.IdentityMaps.Count))
            .ShouldBe(domain.Devices.Select(d => (d.Device, d.Policy, d.Outcome, d.AssignedAt, d.IdentityMaps.Count)));
    }

    [Fact]
    public void Reboot_Destroyed_DomainDestroyed() =>
        RebootDomain.Decide(Live() with { State = DomainState.Destroyed }, X86, HostUsage.None).ShouldBeOfType<RebootOutcome.DomainDestroyed>();

    [Fact]
    public void Reboot_DeviceGainedAnRmrrInGuestRam_RefusedStrict()
    {
        // §4 R2: a BIOS update gives the GPU an RMRR below the boundary; it is strict (no policy given at creation).
        var domain = Live();
        var updated = Host([Device(Gpu), Device(Nic)], Region(0x20000000, 0x20004000, Gpu));

        var refused = RebootDomain.Decide(domain, updated, UsageOf(domain)).ShouldBeOfType<RebootOutcome.Refused>();

        refused.Findings.Select(f => (f.Severity, f.Code, f.Range)).ShouldBe([(Severity.Error, FindingCodes.RdmConflict, (AddressRange?)Range(0x20000000, 0x20004000))]);
    }

    [Fact]
    public void Reboot_HotpluggedRelaxedDeviceWithRmrrAboveTheBoundary_RamMovesBelowItAndTheChangeIsNamed()
    {
        // §4 R1: the NIC was hotplugged relaxed with its RMRR in RAM; at reboot the region is the
        // domain's and low RAM ends below it.
        var host = Host([Device(Gpu), Device(Nic)], Region(0xB0000000, 0xB0004000, Nic));
        var created = CreateDomain.Decide(Source, host, new HostOccupancy(HostUsage.None, null), "vm-1",
            Request(4096, Assign(Gpu)), ThisDomain, Now).ShouldBeOfType<CreateOutcome.Created>().Domain;
        var plugged = created with
        {
            Devices = [.. created.Devices, new DeviceAssignment(Sbdf(Nic), RdmPolicy.Relaxed, AssignmentOutcome.AssignedWithWarnings, [], Now)],
        };

        var rebooted = RebootDomain.Decide(plugged, host, UsageOf(plugged)).ShouldBeOfType<RebootOutcome.Rebooted>();

        var layout = (DomainLayout)rebooted.Domain.Layout;
        layout.Ram.LowEnd.Value.ShouldBe(0xB0000000UL);
        layout.ReservedDeviceMemory.Select(e => (e.Range, e.Policy, e.Status)).ShouldBe([(Range(0xB0000000, 0xB0004000), RdmPolicy.Relaxed, RdmStatus.Reserved)]);
        rebooted.Changes.ShouldContain("lowMemEnd 0xf0000000 -> 0xb0000000");
        rebooted.Changes.ShouldContain("reserves [0xb0000000, 0xb0004000)");
        rebooted.Domain.Devices.Single(d => d.Device == Sbdf(Nic)).IdentityMaps.ShouldBe([Range(0xB0000000, 0xB0004000)]);
    }

    [Fact]
    public void Migrate_CompatibleTarget_DomainOnTargetHoldingTheTargetsDevicesAtNow()
    {
        var domain = Live();

        var migrated = Decide(domain, Source, X86).ShouldBeOfType<MigrateOutcome.Migrated>();

        migrated.Domain.Host.ShouldBe(Target);
        migrated.Domain.Layout.ShouldBe(domain.Layout);
        migrated.Attached.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => (a.Device, a.Policy, a.Outcome, a.AssignedAt).ShouldBe((Sbdf(Gpu), RdmPolicy.Strict, AssignmentOutcome.Assigned, Now)), a => a.Findings.ShouldBeEmpty());
        migrated.Verdict.Verdict.ShouldBe(MigrationVerdict.Compatible);
    }

    [Fact]
    public void Migrate_NoDevicesNamedSameModelElsewhere_HoldsThatDeviceWithItsPolicy()
    {
        var a100 = new DeviceIdentity(0x10de, 0x20b0, null, null, new Dictionary<string, string>());
        var target = Host([Device(Gpu) with { Identity = a100 with { DeviceId = 0x2236 } }, Device("0000:03:00.0") with { Identity = a100 }]);

        var migrated = MigrateDomain.Decide(Live(), new Dictionary<PciAddress, DeviceIdentity> { [Sbdf(Gpu)] = a100 }, Source, Target, target,
            new HostOccupancy(HostUsage.None, null), null, Now).ShouldBeOfType<MigrateOutcome.Migrated>();

        migrated.Attached.Select(a => (a.Device, a.Policy)).ShouldBe([(Sbdf("0000:03:00.0"), RdmPolicy.Strict)]);
        migrated.Verdict.From.ShouldBe([Sbdf(Gpu)]);
    }

    [Fact]
    public void Migrate_TargetWithoutTheDevice_RefusedWithTheVerdict() =>
        Decide(Live(), Source, Host([Device(Nic)])).ShouldBeOfType<MigrateOutcome.Refused>()
            .Verdict.Findings.ShouldContain(f => f.Code == FindingCodes.DeviceUnknown);

    [Fact]
    public void Migrate_MovedMeanwhile_DomainMovedNamingWhereItIs() =>
        Decide(Live(), HostName.Parse("xen-0"), X86).ShouldBe(new MigrateOutcome.DomainMoved(Source));

    [Fact]
    public void Migrate_DestroyedOrArm_NothingMoves()
    {
        Decide(Live() with { State = DomainState.Destroyed }, Source, X86).ShouldBeOfType<MigrateOutcome.DomainDestroyed>();
        var arm = Live() with { Request = new ArmRequest(1024, [], new ArmOptions(1, false, false, MemoryAllocation.Auto, [])) };
        Decide(arm, Source, X86).ShouldBeOfType<MigrateOutcome.NotMigratable>();
    }

    private static MigrateOutcome Decide(PlacedDomain domain, HostName seenOn, HostInventory target) =>
        MigrateDomain.Decide(domain, new Dictionary<PciAddress, DeviceIdentity>(), seenOn, Target, target, new HostOccupancy(HostUsage.None, null), null, Now);
}
