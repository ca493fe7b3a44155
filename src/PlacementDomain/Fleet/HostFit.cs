using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Fleet;

/// <summary>Whether one host can take a placed domain: a candidate, or the codes that rule it out.</summary>
public abstract record HostFit
{
    public sealed record Fits(PlacementCandidate Candidate) : HostFit;

    /// <summary>
    /// The host is passed over: <see cref="FindingCodes.DomainNameTaken"/> alone, or
    /// <see cref="FindingCodes.NoMatchingDevice"/> alone (too few free devices match a request, or
    /// none on one NUMA node when asked), or each code of an error of the plan with the devices
    /// chosen, once.
    /// </summary>
    public sealed record Rejected(IReadOnlyList<string> Codes) : HostFit;

    /// <summary>
    /// Looks at one x86_64 host (another architecture is rejected with architecture-mismatch): the
    /// name, then the devices (<c>DeviceChoice</c>), then the plan of the settings with the chosen
    /// devices against what the host's live domains hold, which is the plan a create there gets.
    /// </summary>
    public static HostFit Of(PlacementRequest request, CandidateHost host)
    {
        if (host.Inventory.Architecture != CpuArchitecture.X64)
        {
            return new Rejected([FindingCodes.ArchitectureMismatch]);
        }

        if (request.Name is not null && host.NameHolder is not null)
        {
            return new Rejected([FindingCodes.DomainNameTaken]);
        }

        if (DeviceChoice.Choose(request, host) is not { } picks)
        {
            return new Rejected([FindingCodes.NoMatchingDevice]);
        }

        var wanted = request.Devices;
        var settings = request.Settings with { Devices = picks.Select(p => new DeviceRequest(p.Device.Address, wanted[p.Wanted].Policy)).ToList() };
        var plan = LayoutPlanner.Plan(host.Inventory, settings, host.Usage);
        if (!plan.Feasible)
        {
            return new Rejected(plan.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Code).Distinct().ToList());
        }

        var chosen = picks.Select((p, i) => new ChosenDevice(wanted[p.Wanted].Name, p.Device.Address, plan.Devices[i].Policy)).ToList();
        return new Fits(new PlacementCandidate(host.Host, chosen, plan, host.FreeMemory - ByteSize.FromMiB(settings.MemoryMiB), settings));
    }
}
