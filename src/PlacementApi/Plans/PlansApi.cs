using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.Inventory;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;
using Placement.Api.Security;

namespace Placement.Api.Plans;

public static class PlansApi
{
    public static RouteGroupBuilder MapPlans(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/hosts/{host}/plans").WithTags("Plans");
        group.MapPost("/", Plan).WithName("PlanDomain").RequireRole(Roles.Planner)
            .AddEndpointFilter<PlanRequestFilter<PlanRequestValidator>>()
            .WithSummary("Plan a domain on a host (dry run)")
            .WithDescription("The guest layout, reserved device memory, BAR placement and per-device outcomes that creating this domain " +
                "on the host's stored inventory would get, taking into account the devices and memory its live domains hold. Changes nothing. An infeasible plan is still 200, with feasible=false and " +
                "every error among the findings. On an arm64 host the request has an arm section and the answer an arm layout (banks, GIC, " +
                "vPL011, device-tree node); a request for the other architecture is a 422 request-architecture-mismatch. With rdm strategy pool, the pool's hosts are read as they are now; a pool naming hosts that " +
                "do not exist (pool-host-not-found) or a label no host carries (pool-empty) is a 422.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Results<Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> Plan(
        HostName host, PlanRequestBody body, HostStore store, PoolReader pools, DomainReader domains, HttpContext context, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(host, cancellationToken) is not { } stored)
        {
            return Problems.HostNotFound(host);
        }

        var (request, problem) = await RdmResolution.ResolveAsync(PlanRequestFilter.Request(context), pools, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return PlanDomain.Decide(stored.Inventory, await domains.UsageAsync(host, cancellationToken), request!, body.Name) switch
        {
            PlanOutcome.X86Planned x86 => TypedResults.Ok(x86.Plan.ToResponse()),
            PlanOutcome.ArmPlanned arm => TypedResults.Ok(arm.Plan.ToResponse()),
            PlanOutcome.WrongArchitecture wrong => Problems.ArchitectureMismatch(host, wrong.Host),
            _ => throw new InvalidOperationException("Unknown plan outcome."),
        };
    }
}
