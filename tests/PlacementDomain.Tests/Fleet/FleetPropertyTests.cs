using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Fleet;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Tests.Layout;

namespace Placement.Domain.Tests.Fleet;

/// <summary>Properties of placements over random valid hosts, device identities, live domains and device requests.</summary>
public sealed class FleetPropertyTests
{
    [Fact]
    public void Of_AnyHost_CandidateHasTheCreatePlanAndFreeMatchingDevicesEachOnce() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(FleetGenerators.OneHost.ToArbitrary(), s =>
        {
            var (request, host) = (s.Request, s.Hosts[0]);
            if (HostFit.Of(request, host) is not HostFit.Fits { Candidate: var candidate })
            {
                return true;
            }

            candidate.Plan.ShouldBeThePlan(LayoutPlanner.Plan(host.Inventory, candidate.Request, host.Usage), s.ToString());
            candidate.Plan.Feasible.ShouldBeTrue(s.ToString());
            candidate.Request.ShouldBe(request.Settings with { Devices = candidate.Request.Devices }, s.ToString());
            candidate.Request.Devices.Select(d => (d.Address, candidate.Request.PolicyOf(d))).ShouldBe(candidate.Devices.Select(d => (d.Address, d.Policy)), s.ToString());
            candidate.FreeMemory.ShouldBe(host.Inventory.Memory - host.Usage.Memory - ByteSize.FromMiB(request.Settings.MemoryMiB), s.ToString());

            candidate.Devices.Select(d => d.Address).ShouldBeUnique(s.ToString());
            candidate.Devices.ShouldAllBe(d => host.Usage.OwnerOf(d.Address) == null, s.ToString());
            foreach (var wanted in request.Devices)
            {
                var chosen = candidate.Devices.Where(d => d.Request == wanted.Name).Select(d => host.Inventory.Devices.Single(h => h.Address == d.Address)).ToList();
                chosen.Count.ShouldBe(wanted.Count, s.ToString());
                chosen.ShouldAllBe(d => wanted.Matches(d), s.ToString());
            }

            if (request.SameNumaNode && candidate.Devices.Count > 0)
            {
                var nodes = candidate.Devices.Select(d => host.Inventory.Devices.Single(h => h.Address == d.Address).Identity.NumaNode).Distinct().ToList();
                nodes.ShouldHaveSingleItem(s.ToString()).ShouldNotBeNull(s.ToString());
            }

            return true;
        }));

    [Fact]
    public void Of_OneDeviceOfAKind_TheFreeMatchingDeviceWhosePlanHasFewestFindings() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(FleetGenerators.OneHost.ToArbitrary(), s =>
        {
            var host = s.Hosts[0];
            var wanted = s.Request.Devices.Count > 0 ? s.Request.Devices[0] : DeviceWanted.Any("w");
            var request = s.Request with { Devices = [new DeviceWanted(wanted.Name, 1, wanted.VendorId, wanted.DeviceId, wanted.ClassCode, wanted.Labels, wanted.Policy)], SameNumaNode = false };
            var free = host.Inventory.Devices.Where(d => host.Usage.OwnerOf(d.Address) is null && wanted.Matches(d)).ToList();

            var fit = HostFit.Of(request, host);

            if (free.Count == 0)
            {
                fit.ShouldBeOfType<HostFit.Rejected>(s.ToString()).Codes.ShouldBe([FindingCodes.NoMatchingDevice], s.ToString());
                return true;
            }

            var fewest = free.Min(d => Counted(LayoutPlanner.Plan(host.Inventory, request.Settings with { Devices = [new DeviceRequest(d.Address, wanted.Policy)] }, host.Usage)));
            if (fit is HostFit.Fits { Candidate: var candidate })
            {
                Counted(candidate.Plan).ShouldBe(fewest, s.ToString());
            }
            else
            {
                fewest.Errors.ShouldBePositive(s.ToString());
            }

            return true;
        }));

    /// <summary>A plan's errors and warnings, those about BARs left out (the choice does not weigh them).</summary>
    private static (int Errors, int Warnings) Counted(LayoutPlan plan)
    {
        var counted = plan.Findings.Where(f => f.Code is not (FindingCodes.BarNoSpace or FindingCodes.HighBarOverlapsRdm)).ToList();
        return (counted.Count(f => f.Severity == Severity.Error), counted.Count(f => f.Severity == Severity.Warning));
    }
}
