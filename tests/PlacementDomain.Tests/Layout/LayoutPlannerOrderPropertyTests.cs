using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Layout;

namespace Placement.Domain.Tests.Layout;

/// <summary>§3 step 3: "the result does not depend on list order" — nor on how the host's inventory lists its regions.</summary>
public sealed class LayoutPlannerOrderPropertyTests
{
    [Fact]
    public void Plan_ShuffledReservedRegions_SamePlan()
    {
        var gen = from s in LayoutGenerators.Scenario
                  from regions in Gen.Shuffle(s.Host.ReservedRegions.AsEnumerable())
                  select (s, Shuffled: s with { Host = s.Host with { ReservedRegions = regions } });
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (original, shuffled) = input;
            var (a, b) = (original.Plan(), shuffled.Plan());
            var context = $"{original} shuffled to {shuffled}";
            b.Feasible.ShouldBe(a.Feasible, context);
            b.LowMemEnd.ShouldBe(a.LowMemEnd, context);
            b.HighMemEnd.ShouldBe(a.HighMemEnd, context);
            b.MmioHoleStart.ShouldBe(a.MmioHoleStart, context);
            b.ReservedDeviceMemory.ToHashSet().SetEquals(a.ReservedDeviceMemory).ShouldBeTrue(context);
            b.ReservedDeviceMemory.Count.ShouldBe(a.ReservedDeviceMemory.Count, context);
            Codes(b).ShouldBe(Codes(a), context);
            b.Devices.Select(d => d.Outcome).ShouldBe(a.Devices.Select(d => d.Outcome), context);
            b.Bars.ShouldBe(a.Bars, context);
            return true;
        }));
    }

    private static List<string> Codes(LayoutPlan plan) =>
        plan.Findings.Select(f => $"{f.Code} {f.Range?.Start}").Order(StringComparer.Ordinal).ToList();
}
