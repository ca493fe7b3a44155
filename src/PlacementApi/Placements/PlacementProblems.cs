using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.UseCases;

namespace Placement.Api.Placements;

internal static class PlacementProblems
{
    /// <summary>409: no host can take the domain; the counts say what ruled the hosts out, <paramref name="refusalId"/> where it is recorded.</summary>
    public static ProblemHttpResult NoHostFits(PlacementOutcome.Placed placed, long refusalId)
    {
        var answer = placed.ToResponse();
        var reasons = answer.Candidates.Count > 0 ? "concurrent creates took what the candidates had; placing it again may succeed"
            : answer.Rejected.Count == 0 ? "no host passed the host filter"
            : string.Join(", ", answer.Rejected.Select(r => $"{r.Key} on {r.Value} host{(r.Value == 1 ? "" : "s")}"));
        var hints = answer.Rejected.Keys.Select(code => Hints.GetValueOrDefault(code)).OfType<string>().ToList();
        return Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.NoHostFits, "No host can take the domain: nothing was created.",
            $"Of {answer.Evaluated} hosts the filter admits, none can take the domain now: {reasons}. " +
            string.Concat(hints.Select(h => h + " ")) +
            "POST /v1/placements with the same body shows the same counts and POST /v1/hosts/{host}/plans each host's findings.",
            new Dictionary<string, object?> { ["refusalId"] = refusalId, ["evaluated"] = answer.Evaluated, ["rejected"] = answer.Rejected });
    }

    // What would let more hosts in, by the code that ruled them out.
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["insufficient-memory"] = "Less memoryMiB fits more hosts.",
        ["no-matching-device"] = "A device request with fewer criteria or a lower count matches more devices.",
        ["rdm-conflict"] = "A device's reserved region lies in the guest's RAM: rdmPolicy relaxed on that device request, or less memory, avoids it.",
        ["shared-rmrr"] = "A device shares its reserved region with another device: rdmPolicy relaxed accepts it.",
        ["domain-name-taken"] = "Another name avoids the hosts where a live domain has this one.",
    };
}
