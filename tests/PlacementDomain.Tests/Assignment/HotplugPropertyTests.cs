using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Tests.Layout;

namespace Placement.Domain.Tests.Assignment;

/// <summary>Hotplug over random valid hosts and domains created from random requests (xen-rules §4 step 3, §6).</summary>
public sealed class HotplugPropertyTests
{
    private static readonly Arbitrary<LayoutScenario> Scenarios = LayoutGenerators.Scenario.ToArbitrary();

    /// <summary>A domain created from the scenario's request, with every host device it does not hold plugged in under each policy.</summary>
    private static IEnumerable<(LayoutPlan Plan, PciDevice Device, DeviceOutcome Outcome)> Hotplugs(LayoutScenario s)
    {
        var plan = s.Plan();
        if (plan.Layout is not { } layout)
        {
            yield break;
        }

        var domain = new LiveDomain(AssignmentBuilders.ThisDomain, s.Request.GlobalPolicy, layout, s.Request.Devices.Select(d => d.Address).ToList());
        var usage = AssignmentBuilders.UsageOf(domain, s.Request.MemoryMiB);
        foreach (var device in s.Host.Devices.Where(d => !domain.Devices.Contains(d.Address)))
        {
            foreach (var policy in new RdmPolicy?[] { null, RdmPolicy.Strict, RdmPolicy.Relaxed })
            {
                yield return (plan, device, Hotplug.Check(s.Host, domain, new DeviceRequest(device.Address, policy), usage));
            }
        }
    }

    [Fact]
    public void Check_RmrrsAllKeptByStrategyHost_IdentityMapConflictOnlyWhereAHighBarWasReported() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(Scenarios, generated =>
        {
            var s = generated with { Request = generated.Request with { Strategy = RdmStrategy.Host } };
            foreach (var (plan, device, outcome) in Hotplugs(s))
            {
                var kept = plan.ReservedDeviceMemory.Where(e => e.IsKept).Select(e => e.Range).ToList();
                if (!s.Host.ReservedRegions.Where(r => r.Devices.Contains(device.Address)).All(r => kept.Contains(r.Range)))
                {
                    continue;
                }

                // Xen places high BARs without looking at RDMs; the plan warned about each of these. A kept
                // region in pages the firmware populates (ACPI, special, shared-info, APIC) cannot be kept free.
                var reported = plan.Findings.Where(f => f.Code == FindingCodes.HighBarOverlapsRdm).Select(f => f.Range).ToList();
                outcome.Findings.Where(f => f.Code == FindingCodes.IdentityMapConflict && !reported.Contains(f.Range) && !InPopulatedFirmwarePages(f.Range!.Value))
                    .ShouldBeEmpty($"{device.Address} in {s}");
            }

            return true;
        }));

    [Fact]
    public void Check_AnyDevice_SeverityFollowsPolicyAndRefusedIffError() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(Scenarios, s =>
        {
            foreach (var (_, device, outcome) in Hotplugs(s))
            {
                var expected = outcome.Policy == RdmPolicy.Strict ? Severity.Error : Severity.Warning;
                outcome.Findings.Where(f => f.Code is FindingCodes.IdentityMapConflict or FindingCodes.SharedRmrr)
                    .ShouldAllBe(f => f.Severity == expected, $"{device.Address} in {s}");
                (outcome.Outcome == AssignmentOutcome.Refused).ShouldBe(outcome.Findings.Any(f => f.Severity == Severity.Error), $"{device.Address} in {s}");
                outcome.Findings.ShouldNotContain(f => f.Code == FindingCodes.DeviceBusy || f.Code == FindingCodes.RmrrSharedWithOtherDomain);
            }

            return true;
        }));

    private static bool InPopulatedFirmwarePages(AddressRange range) => IdentityMaps.PopulatedFirmwarePages.Any(p => p.Range.Overlaps(range));
}
