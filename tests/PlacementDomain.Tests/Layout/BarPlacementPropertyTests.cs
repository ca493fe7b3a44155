using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§5 BAR placement over random valid hosts and requests.</summary>
public sealed class BarPlacementPropertyTests
{
    [Fact]
    public void Plan_PlacedBars_AlignedInsideTheirWindowDisjointAndOffKeptRdms() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(LayoutGenerators.Scenario.ToArbitrary(), s =>
        {
            var plan = s.Plan();
            var kept = plan.ReservedDeviceMemory.Where(e => e.IsKept).Select(e => e.Range).ToList();
            var top = 1UL << s.Host.PhysAddressBits; // guest RAM may end above it: the high window is then empty
            var windows = new Dictionary<BarWindow, AddressRange>
            {
                [BarWindow.Low] = Range(plan.MmioHoleStart.Value, 0xFC000000),
                [BarWindow.High] = Range(Math.Min(Math.Max(plan.HighMemEnd?.Value ?? 0, FourG), top), top),
                [BarWindow.Io] = Range(0xC000, 0x10000),
            };
            foreach (var bar in plan.Bars)
            {
                var context = $"{Describe(bar)} size {bar.Range.Size} in {s}";
                var declared = s.Host.Devices.Single(d => d.Address == bar.Device).Bars.Single(b => b.Index == bar.Index);
                bar.Range.Size.ShouldBe(declared.Size, context);
                bar.Range.Start.IsAlignedTo(declared.Size).ShouldBeTrue(context);
                windows[bar.Window].Contains(bar.Range).ShouldBeTrue(context);
                plan.Bars.Where(o => o != bar && o.Window == bar.Window && o.Range.Overlaps(bar.Range)).ShouldBeEmpty(context);
                if (bar.Window != BarWindow.Io)
                {
                    bar.Range.Overlaps(Range(0, plan.LowMemEnd.Value)).ShouldBeFalse($"{context} on low RAM");
                }
                foreach (var rdm in kept.Where(bar.Range.Overlaps))
                {
                    // I/O ports are another address space; a low BAR never sits on a kept RDM; a high one is reported.
                    bar.Window.ShouldNotBe(BarWindow.Low, $"{context} overlaps kept {rdm}");
                    if (bar.Window == BarWindow.High)
                    {
                        plan.Findings.ShouldContain(f => f.Code == FindingCodes.HighBarOverlapsRdm && f.Device == bar.Device && f.Range == rdm,
                            $"{context} overlaps kept {rdm}");
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void Plan_EveryBarOfAnAssignedDevice_IsPlacedOnceOrReportedWithoutSpace() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(LayoutGenerators.Scenario.ToArbitrary(), s =>
        {
            var plan = s.Plan();
            foreach (var device in s.Host.Devices.Where(d => s.Request.Devices.Any(r => r.Address == d.Address)))
            {
                foreach (var bar in device.Bars)
                {
                    var placed = plan.Bars.Count(b => b.Device == device.Address && b.Index == bar.Index);
                    var unplaced = plan.Findings.Count(f => f.Code == FindingCodes.BarNoSpace && f.Device == device.Address
                        && f.Message.StartsWith($"no space for resource: BAR {bar.Index} ", StringComparison.Ordinal));
                    (placed + unplaced).ShouldBe(1, $"BAR {bar.Index} of {device.Address} in {s}");
                    if (bar.Kind == BarKind.Io && placed == 1)
                    {
                        plan.Bars.Single(b => b.Device == device.Address && b.Index == bar.Index).Window.ShouldBe(BarWindow.Io);
                    }

                    if (bar.Is64Bit && bar.Size.Bytes > GiB && placed == 1)
                    {
                        plan.Bars.Single(b => b.Device == device.Address && b.Index == bar.Index).Window.ShouldBe(BarWindow.High);
                    }
                }
            }

            plan.Bars.Count.ShouldBe(plan.Bars.Select(b => (b.Device, b.Index)).Distinct().Count());
            return true;
        }));
}
