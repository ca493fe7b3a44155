using Placement.Domain.Layout;
using Placement.Domain.Migration;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;
using static Placement.Domain.Tests.Migration.MigrationBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>§7: the verdict is incompatible on any error, compatible with warnings on warnings only, compatible otherwise; info never counts.</summary>
public sealed class MigrationVerdictTests
{
    // Each target adds its findings to the domain moving from a: [0xa0000000, 0xa3800000) reserved, RAM below 0xa0000000.
    public static TheoryData<string, MigrationVerdict> Targets => new()
    {
        { "same RMRR", MigrationVerdict.Compatible },
        { "info", MigrationVerdict.Compatible },
        { "relaxed conflict", MigrationVerdict.CompatibleWithWarnings },
        { "relaxed conflict and info", MigrationVerdict.CompatibleWithWarnings },
        { "strict conflict", MigrationVerdict.Incompatible },
        { "relaxed conflict and busy device", MigrationVerdict.Incompatible },
        { "short of memory only", MigrationVerdict.Incompatible },
    };

    private static MigrationTarget TargetFor(string name)
    {
        var onRam = WithRmrr(0x60000000, 0x60004000);
        var info = HostA with { Devices = [.. HostA.Devices, Device(Usb)], ReservedRegions = [Region(0x40000000, 0x40004000, Usb), .. HostA.ReservedRegions] };
        return name switch
        {
            "same RMRR" => Target("b", HostA),
            "info" => Target("b", info),
            "relaxed conflict" => Target("b", onRam, Assign(Gpu3, RdmPolicy.Relaxed)),
            "relaxed conflict and info" => Target("b", onRam with { Devices = info.Devices, ReservedRegions = [.. onRam.ReservedRegions, info.ReservedRegions[0]] }, Assign(Gpu3, RdmPolicy.Relaxed)),
            "strict conflict" => Target("b", onRam),
            "relaxed conflict and busy device" => Target("b", onRam, Assign(Gpu3, RdmPolicy.Relaxed), Assign(Usb)) with
            {
                Inventory = onRam with { Devices = info.Devices },
                Usage = Owned((Usb, OtherDomain)),
            },
            _ => Target("b", HostA) with { Usage = Usage(262144 - 4095) },
        };
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Check_FindingsOfTarget_VerdictByWorstSeverityIgnoringInfo(string target, MigrationVerdict expected)
    {
        var verdict = MigrationCheck.Check(VmOnA(), TargetFor(target));

        verdict.Verdict.ShouldBe(expected, string.Join("; ", verdict.Findings.Select(f => $"{f.Severity} {f.Code}")));
        verdict.Warnings.ShouldBe(verdict.Findings.Count(f => f.Severity == Severity.Warning));
    }

    [Fact]
    public void Check_EveryDeviceOutcome_RefusedIffItsFindingsHaveAnError()
    {
        var verdict = MigrationCheck.Check(VmOnA(), TargetFor("relaxed conflict and busy device"));

        verdict.Devices.Select(d => (d.Device, d.Outcome)).ShouldBe(
            [(Sbdf(Gpu3), AssignmentOutcome.AssignedWithWarnings), (Sbdf(Usb), AssignmentOutcome.Refused)]);
        verdict.Findings.Where(f => f.Severity != Severity.Info).ShouldBe(verdict.Devices.SelectMany(d => d.Findings));
    }
}
