using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§5.4 BAR placement over random valid hosts and requests, emulated functions included.</summary>
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
                var context = $"{Describe(bar)} size {bar.Size} in {s}";
                if (bar.Host is { } host)
                {
                    s.Host.Devices.Single(d => d.Address == host).Bars.Single(b => b.Index == bar.Index).Size.ShouldBe(bar.Size, context);
                }

                if (bar.Range is not { } range)
                {
                    bar.Window.ShouldBe(BarWindow.Unplaced, context);
                    continue;
                }

                range.Size.ShouldBe(bar.Size, context);
                range.Start.IsAlignedTo(bar.Size).ShouldBeTrue(context);
                windows[bar.Window].Contains(range).ShouldBeTrue(context);
                plan.Bars.Where(o => o != bar && o.Window == bar.Window && o.Range is { } other && other.Overlaps(range)).ShouldBeEmpty(context);
                if (bar.Window != BarWindow.Io)
                {
                    range.Overlaps(Range(0, plan.LowMemEnd.Value)).ShouldBeFalse($"{context} on low RAM");
                }

                foreach (var rdm in kept.Where(range.Overlaps))
                {
                    // I/O ports are another address space; a low BAR never sits on a kept RDM; a high one is reported.
                    bar.Window.ShouldNotBe(BarWindow.Low, $"{context} overlaps kept {rdm}");
                    if (bar.Window == BarWindow.High)
                    {
                        plan.Findings.ShouldContain(f => f.Code == FindingCodes.HighBarOverlapsRdm && f.Device == bar.Slot && f.Bar == bar.Index && f.Range == rdm,
                            $"{context} overlaps kept {rdm}");
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void Plan_EveryBarOfAnAssignedDevice_ListedOnceUnplacedOnlyWithAWarning() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(LayoutGenerators.Scenario.ToArbitrary(), s =>
        {
            var plan = s.Plan();
            foreach (var device in s.Host.Devices.Where(d => s.Request.Devices.Any(r => r.Address == d.Address)))
            {
                foreach (var bar in device.Bars)
                {
                    var listed = plan.Bars.Single(b => b.Host == device.Address && b.Index == bar.Index);
                    var warned = plan.Findings.Count(f => f.Code == FindingCodes.BarNoSpace && f.Device == listed.Slot && f.Bar == bar.Index);
                    warned.ShouldBe(listed.Window == BarWindow.Unplaced ? 1 : 0, $"BAR {bar.Index} of {device.Address} in {s}");
                    if (listed.Range is not null)
                    {
                        if (bar.Kind == BarKind.Io)
                        {
                            listed.Window.ShouldBe(BarWindow.Io);
                        }

                        if (bar.Is64Bit && bar.Size.Bytes > GiB)
                        {
                            listed.Window.ShouldBe(BarWindow.High);
                        }
                    }
                }
            }

            plan.Bars.Count.ShouldBe(plan.Bars.Select(b => (b.Slot, b.Index)).Distinct().Count());
            return true;
        }));

    [Fact]
    public void MmioHoleMiBNeeded_EveryBarLowWithItNotWithOneLess() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(LayoutGenerators.Scenario.ToArbitrary(), s =>
        {
            var plan = s.Plan();
            var kept = plan.ReservedDeviceMemory.Where(e => e.IsKept).Select(e => e.Range).ToList();
            var devices = s.Request.Devices.Select(r => s.Host.Devices.FirstOrDefault(d => d.Address == r.Address)).OfType<PciDevice>().ToList();
            var functions = GuestBus.Functions(s.Request.Emulated, s.Request.VideoRamMiB, devices);
            bool AllLow(ulong hole) =>
                BarPlacement.Place(functions, hole, RamLayout.Initial(s.Request with { MmioHoleMiB = hole }), kept, s.Host.PhysAddressBits).AllLow;

            if (plan.MmioHoleMiBNeeded is not { } needed)
            {
                AllLow(X86Request.MaxMmioHoleMiB).ShouldBeFalse(s.ToString());
                return true;
            }

            AllLow(needed).ShouldBeTrue($"{needed} MiB in {s}");
            if (needed > X86Request.MinMmioHoleMiB)
            {
                AllLow(needed - 1).ShouldBeFalse($"{needed - 1} MiB in {s}");
            }

            return true;
        }));
}
