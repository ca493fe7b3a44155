using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Migration;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Fleet.FleetBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;
using static Placement.Domain.Tests.Migration.MigrationBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>
/// A check that names no devices maps the domain's: the domain holds an A100 at
/// <see cref="MigrationBuilders.Gpu3"/>, whose RMRR its layout keeps; low RAM ends at 0xa0000000.
/// </summary>
public sealed class EquivalentDeviceTests
{
    private const string Gpu4 = "0000:04:00.0";
    private const string Gpu5 = "0000:05:00.0";

    private static readonly DeviceIdentity A100Identity = Gpu(Gpu3).Identity;

    private static MovingDomain VmWith(params HeldDevice[] held) => VmOnA() with { Held = held };

    private static HeldDevice HeldA100(string sbdf = Gpu3, RdmPolicy policy = RdmPolicy.Strict) => new(Assign(sbdf, policy), A100Identity);

    private static PciDevice OtherModel(string sbdf) => Identified(Device(sbdf, Mem32(0, 16 * MiB)), Nvidia, 0x2236, 0x030200, 0);

    /// <summary>The RMRR of host a: kept in the domain's layout.</summary>
    private static ReservedRegion KeptRmrr(string sbdf) => Region(0xA0000000, 0xA3800000, sbdf);

    /// <summary>An RMRR in the domain's low RAM.</summary>
    private static ReservedRegion RmrrOnRam(string sbdf) => Region(0x40000000, 0x40004000, sbdf);

    private static TargetVerdict Check(MovingDomain moving, HostInventory target, HostUsage? usage = null) =>
        MigrationCheck.Check(moving, new MigrationTarget(HostName.Parse("b"), target, usage ?? HostUsage.None, null));

    private static List<(string From, string To)> Mapping(TargetVerdict verdict) =>
        verdict.From.Select((from, i) => (from.ToString(), verdict.Devices[i].Device.ToString())).ToList();

    [Fact]
    public void Check_SameModelFreeAtTheSameAddress_KeptThereOverAnotherWithoutRegions()
    {
        var verdict = Check(VmWith(HeldA100()), Host([Gpu(Gpu3), Gpu(Gpu4)], KeptRmrr(Gpu3)));

        Mapping(verdict).ShouldBe([(Gpu3, Gpu3)]);
        verdict.Verdict.ShouldBe(MigrationVerdict.Compatible);
    }

    [Fact]
    public void Check_SameAddressBusy_AnotherOfTheModelChosen()
    {
        var verdict = Check(VmWith(HeldA100()), Host([Gpu(Gpu3), Gpu(Gpu4)], KeptRmrr(Gpu3)), Owned((Gpu3, OtherDomain)));

        Mapping(verdict).ShouldBe([(Gpu3, Gpu4)]);
        verdict.Verdict.ShouldBe(MigrationVerdict.Compatible);
    }

    [Fact]
    public void Check_SameAddressAnotherModel_AnotherOfTheModelChosen()
    {
        var verdict = Check(VmWith(HeldA100()), Host([OtherModel(Gpu3), Gpu(Gpu5)]));

        Mapping(verdict).ShouldBe([(Gpu3, Gpu5)]);
        verdict.Devices.ShouldHaveSingleItem().Outcome.ShouldBe(AssignmentOutcome.Assigned);
    }

    [Fact]
    public void Check_TwoFreeOfTheModel_TheOneWhoseRmrrIsNotGuestRamChosen()
    {
        var target = Host([OtherModel(Gpu3), Gpu(Gpu4), Gpu(Gpu5)], RmrrOnRam(Gpu4), KeptRmrr(Gpu5));

        var verdict = Check(VmWith(HeldA100()), target);

        Mapping(verdict).ShouldBe([(Gpu3, Gpu5)]);
        verdict.Verdict.ShouldBe(MigrationVerdict.Compatible);
    }

    [Fact]
    public void Check_NoFreeDeviceOfTheModel_SameAddressWithTodaysFindings()
    {
        var busy = Check(VmWith(HeldA100()), Host([Gpu(Gpu3), OtherModel(Gpu4)], KeptRmrr(Gpu3)), Owned((Gpu3, OtherDomain)));
        var missing = Check(VmWith(HeldA100()), Host([OtherModel(Gpu4)]));

        Mapping(busy).ShouldBe([(Gpu3, Gpu3)]);
        busy.Codes().ShouldBe([(Severity.Error, FindingCodes.DeviceBusy)]);
        Mapping(missing).ShouldBe([(Gpu3, Gpu3)]);
        missing.Codes().ShouldBe([(Severity.Error, FindingCodes.DeviceUnknown)]);
    }

    [Fact]
    public void Check_ModelUnknownOnTheSource_SameAddress()
    {
        var verdict = Check(VmWith(new HeldDevice(Assign(Gpu3), DeviceIdentity.None)), Host([Gpu(Gpu3), Gpu(Gpu4)]), Owned((Gpu3, OtherDomain)));

        Mapping(verdict).ShouldBe([(Gpu3, Gpu3)]);
        verdict.Codes().ShouldBe([(Severity.Error, FindingCodes.DeviceBusy)]);
    }

    [Fact]
    public void Check_AddressAnotherDeviceKeeps_NotChosen()
    {
        // The domain's second device, of unknown model, stays at 04:00.0, an A100 on b.
        var moving = VmWith(HeldA100(), new HeldDevice(Assign(Gpu4), DeviceIdentity.None));

        var verdict = Check(moving, Host([Gpu(Gpu3), Gpu(Gpu4)], KeptRmrr(Gpu3)), Owned((Gpu3, OtherDomain)));

        Mapping(verdict).ShouldBe([(Gpu3, Gpu3), (Gpu4, Gpu4)]);
    }

    [Fact]
    public void Check_MappedDevice_KeepsItsPolicy()
    {
        var verdict = Check(VmWith(HeldA100(policy: RdmPolicy.Relaxed)), Host([OtherModel(Gpu3), Gpu(Gpu4)], RmrrOnRam(Gpu4)));

        var device = verdict.Devices.ShouldHaveSingleItem();
        (device.Device, device.Policy, device.Outcome).ShouldBe((Sbdf(Gpu4), RdmPolicy.Relaxed, AssignmentOutcome.AssignedWithWarnings));
        verdict.Codes().ShouldBe([(Severity.Warning, FindingCodes.IdentityMapConflict)]);
    }

    [Fact]
    public void Check_LeftAtAnAddressAnotherDeviceWasMappedTo_DeviceBusy()
    {
        // Two A100s, one free A100 on b (at 05:00.0): the second is left at 03:00.1, which the
        // domain's other-model device at 04:00.0 takes.
        const string Gpu3Second = "0000:03:00.1";
        var moving = VmWith(HeldA100(), HeldA100(Gpu3Second), new HeldDevice(Assign(Gpu4, RdmPolicy.Strict), OtherModel(Gpu4).Identity));
        var target = Host([Gpu(Gpu3), OtherModel(Gpu3Second), OtherModel(Gpu4), Gpu(Gpu5)], KeptRmrr(Gpu3));

        var verdict = Check(moving, target, Owned((Gpu3, OtherDomain), (Gpu4, OtherDomain)));

        Mapping(verdict).ShouldBe([(Gpu3, Gpu5), (Gpu3Second, Gpu3Second), (Gpu4, Gpu3Second)]);
        verdict.Devices[2].Findings.ShouldBeEmpty();
        var busy = verdict.Devices[1].Findings.ShouldHaveSingleItem();
        (busy.Code, busy.Message).ShouldBe((FindingCodes.DeviceBusy, $"Device {Gpu3Second} on b is taken by another of the domain's devices."));
    }

    [Fact]
    public void Check_DevicesNamed_NoMapping()
    {
        var target = new MigrationTarget(HostName.Parse("b"), Host([Gpu(Gpu3), Gpu(Gpu4)], KeptRmrr(Gpu3)), Owned((Gpu3, OtherDomain)), [Assign(Gpu3)]);

        var verdict = MigrationCheck.Check(VmWith(HeldA100()), target);

        verdict.From.ShouldBeEmpty();
        verdict.Devices.ShouldHaveSingleItem().Device.ShouldBe(Sbdf(Gpu3));
        verdict.Codes().ShouldBe([(Severity.Error, FindingCodes.DeviceBusy)]);
    }

    [Fact]
    public void Check_OwnHost_NothingMapped()
    {
        var verdict = MigrationCheck.Check(VmWith(HeldA100()), new MigrationTarget(Source, HostA, HostUsage.None, null));

        (verdict.Devices.Count, verdict.From.Count).ShouldBe((0, 0));
    }
}
