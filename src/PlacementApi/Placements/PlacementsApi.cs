using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Layout;
using Placement.Domain.UseCases;
using Placement.Persistence.Hosts;
using Placement.Api.Security;

namespace Placement.Api.Placements;

public static class PlacementsApi
{
    public static RouteGroupBuilder MapPlacements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/placements").WithTags("Placements");
        group.MapPost("/", Place).WithName("PlaceDomain").RequireRole(Roles.Planner)
            .AddEndpointFilter<PlacementRequestFilter<PlacementRequestValidator>>()
            .WithSummary("Find hosts and devices for a domain (dry run)")
            .WithDescription("The hosts that can take the domain, best first, each with the devices chosen for every device request and " +
                "what a create there would find: fewest warnings first, then the strategy (spread: most free memory left; pack: least), " +
                "then the host name. Within a host the devices are chosen for the fewest findings: a device whose reserved regions collide " +
                "with the guest's RAM loses to an identical one whose regions do not, then a device without reserved regions, then the NUMA " +
                "node of the others, then the lowest address. Devices held by live domains and the memory they use are not free. evaluated " +
                "counts the hosts the filter admits; rejected, for each finding code (and no-matching-device), the hosts it ruled out. " +
                "Changes nothing. x86_64 only: an arm64 host filter is a 422.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Results<Ok<PlacementResponse>, ValidationProblem, ProblemHttpResult>> Place(
        PlacementRequestBody body, Persistence.Placements.Placements placements, PoolReader pools, HttpContext context, CancellationToken cancellationToken)
    {
        var request = PlacementRequestFilter.Request(context);
        var (settings, problem) = await RdmResolution.ResolveAsync(request.Settings, pools, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await placements.PlaceAsync(request with { Settings = (X86Request)settings! }, cancellationToken) switch
        {
            PlacementOutcome.Placed placed => TypedResults.Ok(placed.ToResponse()),
            PlacementOutcome.ArchitectureNotSupported => Problems.ArmNotPlaced(),
            _ => throw new InvalidOperationException("Unknown placement outcome."),
        };
    }
}
