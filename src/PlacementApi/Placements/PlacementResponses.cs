using Placement.Api.Plans;
using Placement.Domain.Fleet;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.UseCases;

namespace Placement.Api.Placements;

internal static class PlacementResponses
{
    public static PlacementResponse ToResponse(this PlacementOutcome.Placed placed) =>
        new(placed.Ranked.Select(ToResponse).ToList(), placed.Evaluated, placed.Rejected.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary());

    private static CandidateResponse ToResponse(PlacementCandidate candidate) => new(
        candidate.Host.Value,
        candidate.Devices.Select(d => new ChosenDeviceResponse(d.Request, d.Address.ToString(), d.Policy.Name())).ToList(),
        candidate.Outcome.Name(),
        candidate.Plan.Findings.Select(f => f.ToResponse()).ToList(),
        checked((long)(candidate.FreeMemory.Bytes / ByteSize.MiB)),
        new CandidateLayoutResponse(candidate.Plan.LowMemEnd.ToString(), candidate.Plan.HighMemEnd?.ToString(), candidate.Plan.MmioHoleStart.ToString()));
}
