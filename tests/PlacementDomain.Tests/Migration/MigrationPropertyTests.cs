using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Tests.Assignment;
using Placement.Domain.Tests.Layout;
using HostName = Placement.Domain.Inventory.HostName;

namespace Placement.Domain.Tests.Migration;

/// <summary>Migration checks of domains created from random requests on random valid hosts (xen-rules §4 step 3, §6, §7).</summary>
public sealed class MigrationPropertyTests
{
    private static readonly HostName Twin = HostName.Parse("twin");

    /// <summary>A scenario whose plan is feasible, the domain created from it, and what it holds.</summary>
    private static readonly Gen<(LayoutScenario Scenario, LayoutPlan Plan, MovingDomain Moving)> Created =
        from s in LayoutGenerators.Scenario
        let plan = s.Plan()
        where plan.Layout is not null
        select (s, plan, new MovingDomain(
            new LiveDomain(AssignmentBuilders.ThisDomain, s.Request.GlobalPolicy, plan.Layout!, s.Request.Devices.Select(d => d.Address).ToList()),
            "vm", ByteSize.FromMiB(s.Request.MemoryMiB), CpuArchitecture.X64, MigrationBuilders.Source));

    [Fact]
    public void Check_TwinOfTheSourceHost_IncompatibleOnlyWhereTheCreatePlanWarnedOfAHighBarOnAnRmrr() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(Created.ToArbitrary(), c =>
        {
            var (s, plan, moving) = c;
            var verdict = MigrationCheck.Check(moving, new MigrationTarget(Twin, s.Host, HostUsage.None, s.Request.Devices));

            // The RDM list holds every RMRR of the devices, each kept or dropped under relaxed; only a high BAR is placed without looking at them.
            var reported = plan.Findings.Where(f => f.Code == FindingCodes.HighBarOverlapsRdm).Select(f => f.Range).ToList();
            verdict.Findings.Where(f => f.Severity == Severity.Error)
                .ShouldAllBe(f => f.Code == FindingCodes.IdentityMapConflict && reported.Contains(f.Range), s.ToString());
            verdict.Devices.Select(d => d.Policy).ShouldBe(plan.Devices.Select(d => d.Policy), s.ToString());
            return true;
        }));

    private static readonly Gen<(LayoutScenario Scenario, MovingDomain Moving, MigrationTarget Target)> Targets =
        from c in Created
        from owned in Gen.SubListOf(c.Scenario.Host.Devices.Select(d => d.Address))
        from usedMiB in Gen.Elements(0UL, c.Scenario.Request.MemoryMiB, c.Scenario.Host.Memory.Bytes / ByteSize.MiB)
        from holder in Gen.Elements<Guid?>(null, AssignmentBuilders.OtherDomain)
        from policies in Gen.ArrayOf(Gen.Elements<RdmPolicy?>(null, RdmPolicy.Strict, RdmPolicy.Relaxed), c.Scenario.Request.Devices.Count)
        let usage = new HostUsage(owned.ToDictionary(d => d, _ => AssignmentBuilders.OtherDomain), ByteSize.FromMiB(usedMiB))
        let devices = c.Scenario.Request.Devices.Select((d, i) => d with { Policy = policies[i] }).ToList()
        select (c.Scenario, c.Moving, new MigrationTarget(Twin, c.Scenario.Host, usage, devices, holder));

    [Fact]
    public void Check_AnyTarget_VerdictByWorstSeverityInfoOnlyForUnattachedRegionsOutcomesInRequestOrder() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(Targets.ToArbitrary(), t =>
        {
            var (s, moving, target) = t;
            var verdict = MigrationCheck.Check(moving, target);

            var expected = verdict.Findings.Any(f => f.Severity == Severity.Error) ? MigrationVerdict.Incompatible
                : verdict.Findings.Any(f => f.Severity == Severity.Warning) ? MigrationVerdict.CompatibleWithWarnings
                : MigrationVerdict.Compatible;
            verdict.Verdict.ShouldBe(expected, s.ToString());
            verdict.Devices.Select(d => d.Device).ShouldBe(target.Devices!.Select(d => d.Address), s.ToString());
            verdict.Devices.ShouldAllBe(d => (d.Outcome == AssignmentOutcome.Refused) == d.Findings.Any(f => f.Severity == Severity.Error), s.ToString());
            verdict.Devices.SelectMany(d => d.Findings).ShouldAllBe(f => verdict.Findings.Contains(f), s.ToString());

            var attached = target.Devices!.Select(d => d.Address).ToHashSet();
            foreach (var info in verdict.Findings.Where(f => f.Severity == Severity.Info))
            {
                info.Code.ShouldBe(FindingCodes.RegionNotReserved, s.ToString());
                s.Host.ReservedRegions.Single(r => r.Range == info.Range).Devices.ShouldNotContain(d => attached.Contains(d), s.ToString());
            }

            verdict.FreeMemory.ShouldBe(target.Inventory.Memory - target.Usage.Memory, s.ToString());
            return true;
        }));
}
