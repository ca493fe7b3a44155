using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>Properties of <see cref="LayoutPlanner.Plan"/> over random valid hosts and requests (xen-rules §3, §4, §6).</summary>
public sealed class LayoutPlannerPropertyTests
{
    internal static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);

    private static readonly Arbitrary<LayoutScenario> Scenarios = LayoutGenerators.Scenario.ToArbitrary();

    [Fact]
    public void Plan_AnyRequest_PreservesTotalGuestRam() =>
        Check.One(Runs, Prop.ForAll(Scenarios, s =>
        {
            var plan = s.Plan();
            var high = plan.HighMemEnd is { } end ? end.Value - FourG : 0;
            (plan.LowMemEnd.Value + high).ShouldBe((s.Request.MemoryMiB - s.Request.VideoRamMiB) * MiB, s.ToString());
            return true;
        }));

    [Fact]
    public void Plan_Feasible_KeepsNoRdmOnGuestRamAndDropsOnlyRelaxedConflicts() =>
        Check.One(Runs, Prop.ForAll(Scenarios, s =>
        {
            var plan = s.Plan();
            var lowRam = Range(0, plan.LowMemEnd.Value);
            var highRam = plan.HighMemEnd is { } end ? Range(FourG, end.Value) : default;
            bool OnRam(RdmEntry e) => e.Range.Overlaps(lowRam) || e.Range.Overlaps(highRam);
            if (plan.Feasible)
            {
                plan.ReservedDeviceMemory.Where(e => e.IsKept && OnRam(e)).ShouldBeEmpty(s.ToString());
            }

            plan.ReservedDeviceMemory.Where(e => e.Status == RdmStatus.Dropped && (e.Policy != RdmPolicy.Relaxed || !OnRam(e)))
                .ShouldBeEmpty(s.ToString());
            return true;
        }));

    [Fact]
    public void Plan_AnyRequest_LowMemEndNeverRisesAndIsHapAlignedWhenMoved() =>
        Check.One(Runs, Prop.ForAll(Scenarios, s =>
        {
            var plan = s.Plan();
            var initial = s.InitialLowEnd;
            plan.LowMemEnd.Value.ShouldBeLessThanOrEqualTo(initial, s.ToString());
            if (plan.LowMemEnd.Value < initial && s.Request.Hap)
            {
                plan.LowMemEnd.IsAlignedTo(new ByteSize(2 * MiB)).ShouldBeTrue($"lowMemEnd {plan.LowMemEnd} in {s}");
            }

            return true;
        }));

    [Fact]
    public void Plan_AnyRequest_OneOutcomePerDeviceRefusedIffErrorFeasibleIffNoError() =>
        Check.One(Runs, Prop.ForAll(Scenarios, s =>
        {
            var plan = s.Plan();
            plan.Devices.Select(d => d.Device).ShouldBe(s.Request.Devices.Select(d => d.Address), s.ToString());
            foreach (var outcome in plan.Devices)
            {
                var hasError = outcome.Findings.Any(f => f.Severity == Severity.Error);
                (outcome.Outcome == AssignmentOutcome.Refused).ShouldBe(hasError, $"{outcome} in {s}");
                outcome.Findings.ShouldAllBe(f => plan.Findings.Contains(f));
            }

            plan.Feasible.ShouldBe(!plan.Findings.Any(f => f.Severity == Severity.Error), s.ToString());
            (plan.GuestMemoryMap is not null).ShouldBe(plan.Feasible);
            (plan.E820 is not null).ShouldBe(plan.Feasible);
            return true;
        }));

    [Fact]
    public void Plan_Feasible_E820IsSortedAndHoldsTheGuestMap() =>
        Check.One(Runs, Prop.ForAll(Scenarios, s =>
        {
            var plan = s.Plan();
            if (plan.E820 is { } e820)
            {
                e820.Select(e => e.Range.Start).ShouldBeInOrder(SortDirection.Ascending, s.ToString());
                plan.GuestMemoryMap!.ShouldAllBe(m => e820.Contains(m));
                e820.Count.ShouldBe(plan.GuestMemoryMap!.Count + 4);
                plan.GuestMemoryMap!.Count(m => m.Type == MemoryType.Reserved).ShouldBe(plan.ReservedDeviceMemory.Count(e => e.IsKept));
            }

            return true;
        }));
}
