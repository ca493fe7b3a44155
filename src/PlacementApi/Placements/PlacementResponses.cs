using Placement.Api.Domains;
using Placement.Api.Plans;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;
using Placement.Persistence.Placements;

namespace Placement.Api.Placements;

internal static class PlacementResponses
{
    public static PlacementResponse ToResponse(this PlacementOutcome.Placed placed) =>
        new(placed.Ranked.Select(ToResponse).ToList(), placed.Evaluated, placed.Rejected.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary());

    private static CandidateResponse ToResponse(PlacementCandidate candidate) => new(
        candidate.Host.Value,
        candidate.Devices.Select(ToResponse).ToList(),
        candidate.Outcome.Name(),
        candidate.Plan.Findings.Select(f => f.ToResponse()).ToList(),
        checked((long)(candidate.FreeMemory.Bytes / ByteSize.MiB)),
        new CandidateLayoutResponse(candidate.Plan.LowMemEnd.ToString(), candidate.Plan.HighMemEnd?.ToString(), candidate.Plan.MmioHoleStart.ToString()));

    private static ChosenDeviceResponse ToResponse(ChosenDevice device) => new(device.Request, device.Address.ToString(), device.Policy.Name());

    public static DomainPlacementResponse ToResponse(this DomainPlacement placement) => new(
        placement.Hosts.ToBody(),
        placement.Devices.Select(ToBody).ToList(),
        placement.SameNumaNode,
        placement.Strategy.Name(),
        placement.Chosen.Select(ToResponse).ToList());

    public static PlacementRefusalResponse ToResponse(this PlacementRefusal refusal)
    {
        var settings = refusal.Settings.ToBody(refusal.Name);
        var placement = refusal.Placement;
        return new(
            refusal.Id,
            new PlacementRequestBody(
                settings.Name, settings.MemoryMiB, settings.VideoRamMiB, settings.Hap, settings.MmioHoleMiB, settings.Rdm, settings.RdmMemBoundaryMiB, settings.Firmware,
                placement.Hosts.ToBody(), placement.Devices.Select(d => (DeviceWantedBody?)ToBody(d)).ToList(), placement.SameNumaNode, placement.Strategy.Name(), Limit: null,
                settings.MaxMemMiB, settings.Vga, settings.XenPlatformPci, settings.Nics, settings.Passthrough),
            refusal.Evaluated,
            refusal.Rejected.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(),
            refusal.At,
            refusal.Caller);
    }

    private static HostFilterBody ToBody(this HostFilter hosts) =>
        new(hosts.Architecture?.Name(), hosts.Labels.ToDictionary(), hosts.Names?.Select(n => (string?)n.Value).ToList());

    private static DeviceWantedBody ToBody(DeviceWanted device) => new(
        device.Name,
        device.Count,
        device.VendorId is { } vendor ? PciIds.FormatId(vendor) : null,
        device.DeviceId is { } id ? PciIds.FormatId(id) : null,
        device.ClassCode?.ToString(),
        device.Labels.ToDictionary(),
        device.Policy?.Name());
}
