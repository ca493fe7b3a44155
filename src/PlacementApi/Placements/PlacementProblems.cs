using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.UseCases;

namespace Placement.Api.Placements;

internal static class PlacementProblems
{
    /// <summary>409: no host can take the domain; the counts say what ruled the hosts out.</summary>
    public static ProblemHttpResult NoHostFits(PlacementOutcome.Placed placed)
    {
        var answer = placed.ToResponse();
        var reasons = answer.Candidates.Count > 0 ? "concurrent creates took what the candidates had; placing it again may succeed"
            : answer.Rejected.Count == 0 ? "no host passed the host filter"
            : string.Join(", ", answer.Rejected.Select(r => $"{r.Key} on {r.Value} host{(r.Value == 1 ? "" : "s")}"));
        return Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.NoHostFits, "No host can take the domain: nothing was created.",
            $"Of {answer.Evaluated} hosts the filter admits, none can take the domain now: {reasons}. " +
            "POST /v1/placements with the same body shows the same counts; widen the host filter or the device requests, or free devices or memory.",
            new Dictionary<string, object?> { ["evaluated"] = answer.Evaluated, ["rejected"] = answer.Rejected });
    }
}
