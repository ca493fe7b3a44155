using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Placement.Api.Domains;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Layout;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;
using Placement.Persistence.Placements;
using Placement.Api.Security;

namespace Placement.Api.Placements;

public static class PlacedCreateApi
{
    public static IEndpointRouteBuilder MapPlacedCreate(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/v1/domains").WithTags("Domains")
            .MapPost("/", CreatePlaced).WithName("CreatePlacedDomain").RequireRole(Roles.Orchestrator)
            .AddEndpointFilter<PlacementRequestFilter<PlacedCreateValidator>>()
            .WithSummary("Place and create a domain")
            .WithDescription("Takes a placement request (as POST /v1/placements; name required), and creates the domain on the best " +
                "candidate with the devices chosen there: one transaction per attempt, under the same locks and constraints as a create on a " +
                "named host. When a concurrent create took a device or the memory first, the host is placed again as it is now, and then the " +
                $"next candidate is tried, up to {CreatePlacedDomain.MaxAttempts} hosts. 201 with the domain; 409 no-host-fits with evaluated " +
                "and rejected (for each code, the hosts it ruled out) when no host can take it, recorded (GET /v1/placements/refusals, refusalId).")
            .Produces<DomainResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return routes;
    }

    private static async Task<Results<CreatedAtRoute<DomainResponse>, ValidationProblem, ProblemHttpResult>> CreatePlaced(
        PlacementRequestBody body,
        [FromHeader(Name = IdempotencyKeys.Header), Description(IdempotencyKeys.Description)] string? idempotencyKey,
        Persistence.Placements.Placements placements,
        PlacementRefusals refusals,
        DomainStore store,
        PoolReader pools,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!IdempotencyKeys.TryRead(context.Request, body, out var key))
        {
            return IdempotencyKeys.Invalid();
        }

        // A retry of a create that committed finds its domain, not a fleet without room for it.
        if (key is not null && await store.EarlierCreateAsync(key, cancellationToken) is { } earlier)
        {
            return Answer(context, earlier);
        }

        var request = PlacementRequestFilter.Request(context);
        var (settings, problem) = await RdmResolution.ResolveAsync(request.Settings, pools, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        request = request with { Settings = (X86Request)settings!, Limit = CreatePlacedDomain.MaxAttempts };
        if (await placements.CandidatesAsync(request, cancellationToken) is not PlacementOutcome.Placed placed)
        {
            return Problems.ArmNotPlaced();
        }

        if (await store.CreatePlacedAsync(request, placed.Ranked, body.Name!, key, cancellationToken) is { } created)
        {
            return Answer(context, created);
        }

        // No host fits, or concurrent creates took every candidate: the counts of the fleet as it is now say why.
        var counts = await placements.PlaceAsync(request, cancellationToken) as PlacementOutcome.Placed ?? placed;
        return PlacementProblems.NoHostFits(counts, await refusals.RecordAsync(request, body.Name!, counts, cancellationToken));
    }

    private static Results<CreatedAtRoute<DomainResponse>, ValidationProblem, ProblemHttpResult> Answer(HttpContext context, Keyed<CreateOutcome> write) =>
        IdempotencyKeys.Answer(context, write) switch
        {
            CreateOutcome.Created created => TypedResults.CreatedAtRoute(created.Domain.ToResponse(), "GetDomain", new { id = created.Domain.Id }),
            CreateOutcome.Refused refused => DomainProblems.Refused(refused.Devices, refused.Findings, refused.RefusalId),
            _ => Problems.IdempotencyKeyReused(),
        };
}
