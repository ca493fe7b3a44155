using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;
using static Placement.Domain.Tests.Migration.MigrationBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>§7: what a target host must be before any device is looked at: the architecture, another host, a free name, the memory.</summary>
public sealed class MigrationHostFindingTests
{
    [Fact]
    public void Check_SameRmrrOnTarget_CompatibleWithOneAssignedOutcome()
    {
        var verdict = CheckVm(HostA);

        (verdict.Host, verdict.Verdict, verdict.FreeMemory).ShouldBe((HostName.Parse("b"), MigrationVerdict.Compatible, ByteSize.FromMiB(262144)));
        verdict.Findings.ShouldBeEmpty();
        var outcome = verdict.Devices.ShouldHaveSingleItem();
        (outcome.Device, outcome.Policy, outcome.Outcome).ShouldBe((Sbdf(Gpu3), RdmPolicy.Strict, AssignmentOutcome.Assigned));
        outcome.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Check_ArmTarget_OnlyArchitectureMismatchAndNoDeviceLooked()
    {
        var arm = HostA with { Architecture = CpuArchitecture.Arm64, Devices = [] };

        var verdict = CheckVm(arm);

        verdict.Verdict.ShouldBe(MigrationVerdict.Incompatible);
        verdict.Devices.ShouldBeEmpty();
        var finding = verdict.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code, finding.Message).ShouldBe((Severity.Error, FindingCodes.ArchitectureMismatch, "Host b is arm64; the domain is x86_64."));
    }

    [Fact]
    public void Check_DomainsOwnHost_SameHostAndNothingElse()
    {
        var moving = VmOnA();
        var own = new MigrationTarget(Source, HostA, UsageOf(moving.Domain, MemoryMiB), [Assign(Gpu3)], NameHolder: moving.Domain.Id);

        var verdict = MigrationCheck.Check(moving, own);

        (verdict.Verdict, verdict.Devices.Count).ShouldBe((MigrationVerdict.Incompatible, 0));
        var finding = verdict.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code, finding.Message).ShouldBe((Severity.Error, FindingCodes.SameHost, "The domain runs on a already."));
    }

    [Fact]
    public void Check_LiveDomainOfTheSameNameOnTarget_DomainNameTaken()
    {
        var verdict = MigrationCheck.Check(VmOnA(), Target("b", HostA) with { NameHolder = OtherDomain });

        verdict.Verdict.ShouldBe(MigrationVerdict.Incompatible);
        var finding = verdict.Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.Code, finding.Message).ShouldBe((Severity.Error, FindingCodes.DomainNameTaken, $"Domain {OtherDomain} on b is named 'vm-1' too."));
        verdict.Devices.ShouldHaveSingleItem().Outcome.ShouldBe(AssignmentOutcome.Assigned);
    }

    [Theory]
    [InlineData(8192, 4096, MigrationVerdict.Compatible, 4096)]
    [InlineData(8192, 4097, MigrationVerdict.Incompatible, 4095)]
    [InlineData(4095, 0, MigrationVerdict.Incompatible, 4095)]
    [InlineData(8192, 9000, MigrationVerdict.Incompatible, 0)]
    public void Check_FreeMemoryOfTarget_InsufficientMemoryBelowTheDomainsMemory(ulong hostMiB, ulong usedMiB, MigrationVerdict expected, ulong freeMiB)
    {
        var target = Target("b", HostA with { Memory = ByteSize.FromMiB(hostMiB) }) with { Usage = Usage(usedMiB) };

        var verdict = MigrationCheck.Check(VmOnA(), target);

        (verdict.Verdict, verdict.FreeMemory).ShouldBe((expected, ByteSize.FromMiB(freeMiB)));
        verdict.Findings.Select(f => f.Message).ShouldBe(expected == MigrationVerdict.Compatible ? []
            : [$"The domain needs 4096 MiB; host b has {freeMiB} MiB free."]);
        verdict.Findings.ShouldAllBe(f => f.Code == FindingCodes.InsufficientMemory && f.Severity == Severity.Error);
    }

    [Fact]
    public void Check_SeveralHostProblems_EveryOneReported()
    {
        var target = Target("b", HostA with { Memory = ByteSize.FromMiB(1024) }) with { NameHolder = OtherDomain };

        var verdict = MigrationCheck.Check(VmOnA(), target);

        verdict.Codes().ShouldBe([(Severity.Error, FindingCodes.DomainNameTaken), (Severity.Error, FindingCodes.InsufficientMemory)]);
    }
}
