using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Api.Plans;

internal static class PlanMapping
{
    /// <summary>The domain request of a validated body.</summary>
    public static PlanRequest ToRequest(this PlanRequestBody body) => new(
        (ulong)body.MemoryMiB!.Value,
        (body.Devices ?? []).Select(d => new DeviceRequest(PciAddress.Parse(d.Sbdf!), Policy(d.RdmPolicy))).ToList(),
        (ulong)(body.VideoRamMiB ?? (long)PlanRequest.DefaultVideoRamMiB),
        body.Hap ?? true,
        (ulong?)body.MmioHoleMiB,
        body.Rdm?.Strategy is { } strategy ? LayoutNames.Strategies[strategy] : RdmStrategy.Ignore,
        Policy(body.Rdm?.Policy),
        (ulong)(body.RdmMemBoundaryMiB ?? (long)PlanRequest.DefaultRdmMemBoundaryMiB),
        body.Firmware is { } firmware ? LayoutNames.Firmwares[firmware] : GuestFirmware.SeaBios);

    public static PlanResponse ToResponse(this LayoutPlan plan) => new(
        plan.Feasible,
        new LayoutResponse(
            plan.LowMemEnd.ToString(),
            plan.HighMemEnd?.ToString(),
            plan.MmioHoleStart.ToString(),
            plan.GuestMemoryMap?.Select(ToResponse).ToList(),
            plan.E820?.Select(ToResponse).ToList(),
            plan.ReservedDeviceMemory.Select(e => new ReservedDeviceMemoryResponse(
                e.Range.Start.ToString(), e.Range.End.ToString(), e.Policy.Name(), e.Source.Name(), e.Status.Name())).ToList(),
            plan.Bars.Select(b => new BarPlacementResponse(
                b.Device.ToString(), b.Index, b.Range.Start.ToString(), b.Range.End.ToString(), b.Window.Name())).ToList()),
        plan.Devices.Select(d => new DeviceOutcomeResponse(
            d.Device.ToString(), d.Policy.Name(), d.Outcome.Name(), d.Findings.Select(ToResponse).ToList())).ToList(),
        plan.Findings.Select(ToResponse).ToList());

    public static FindingResponse ToResponse(this Finding finding) => new(
        finding.Severity.Name(),
        finding.Code,
        finding.Message,
        finding.Range?.Start.ToString(),
        finding.Range?.End.ToString(),
        finding.Device?.ToString());

    private static MemoryRangeResponse ToResponse(MemoryMapEntry entry) =>
        new(entry.Range.Start.ToString(), entry.Range.End.ToString(), entry.Type.Name());

    private static RdmPolicy? Policy(string? name) => name is null ? null : LayoutNames.Policies[name];
}
