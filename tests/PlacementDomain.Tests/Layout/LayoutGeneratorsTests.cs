using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Tests.Layout;

/// <summary>The generators behind the layout properties produce valid inputs and reach the interesting paths.</summary>
public sealed class LayoutGeneratorsTests
{
    [Fact]
    public void Scenario_Generated_IsValidHostAndRequest() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(LayoutGenerators.Scenario.ToArbitrary(), s =>
        {
            InventoryRules.Check(s.Host).ShouldBeEmpty(s.ToString());
            s.Host.PhysAddressBits.ShouldBeInRange(36, 46);
            s.Host.ReservedRegions.ShouldAllBe(r => r.Devices.Count >= 1 && r.Devices.Count <= 3);
            var r = s.Request;
            r.MemoryMiB.ShouldBeInRange(16UL, 65536UL);
            r.MemoryMiB.ShouldBeGreaterThan(r.VideoRamMiB);
            r.RdmMemBoundaryMiB.ShouldBeInRange(2UL, 4096UL);
            (r.MmioHoleMiB ?? 256).ShouldBeInRange(256UL, 3840UL);
            r.Devices.Count.ShouldBeLessThanOrEqualTo(8);
            r.Devices.Select(d => d.Address).ShouldBeUnique();
            r.Devices.ShouldAllBe(d => s.Host.Devices.Any(h => h.Address == d.Address));
            return true;
        }));

    [Fact]
    public void Scenario_ManySamples_ReachEveryInterestingPath()
    {
        var plans = Gen.Sample(LayoutGenerators.Scenario, 1000).Select(s => (s, Plan: s.Plan())).ToList();
        var seen = new Dictionary<string, int>
        {
            ["feasible"] = plans.Count(p => p.Plan.Feasible),
            ["infeasible"] = plans.Count(p => !p.Plan.Feasible),
            ["shared region"] = plans.Count(p => p.s.Host.ReservedRegions.Any(r => r.IsShared)),
            ["dropped"] = plans.Count(p => p.Plan.ReservedDeviceMemory.Any(e => e.Status == RdmStatus.Dropped)),
            ["low ram moved"] = plans.Count(p => p.Plan.LowMemEnd.Value < p.s.InitialLowEnd),
            ["window grown"] = plans.Count(p => p.Plan.MmioHoleStart.Value < 0xF0000000 && p.s.Request.MmioHoleMiB is null),
            ["high bar"] = plans.Count(p => p.Plan.Bars.Any(b => b.Window == BarWindow.High)),
            ["io bar"] = plans.Count(p => p.Plan.Bars.Any(b => b.Window == BarWindow.Io)),
            ["bar-no-space"] = plans.Count(p => p.Plan.Findings.Any(f => f.Code == FindingCodes.BarNoSpace)),
            ["high-bar-overlaps-rdm"] = plans.Count(p => p.Plan.Findings.Any(f => f.Code == FindingCodes.HighBarOverlapsRdm)),
            ["rdm-in-firmware-area"] = plans.Count(p => p.Plan.Findings.Any(f => f.Code == FindingCodes.RdmInFirmwareArea)),
            ["shared-rmrr"] = plans.Count(p => p.Plan.Findings.Any(f => f.Code == FindingCodes.SharedRmrr)),
            ["refused device"] = plans.Count(p => p.Plan.Devices.Any(d => d.Outcome == AssignmentOutcome.Refused)),
        };
        var summary = string.Join(", ", seen.Select(kv => $"{kv.Key}={kv.Value}"));
        seen.Where(kv => kv.Value == 0).Select(kv => kv.Key).ShouldBeEmpty(summary);
    }
}
