using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;

namespace Placement.Api.Plans;

public static class PlansApi
{
    public static RouteGroupBuilder MapPlans(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/hosts/{host}/plans").WithTags("Plans");
        group.MapPost("/", PlanDomain).WithName("PlanDomain")
            .AddEndpointFilter<ValidationFilter<PlanRequestBody>>()
            .WithSummary("Plan a domain on a host (dry run)")
            .WithDescription("The guest layout, reserved device memory, BAR placement and per-device outcomes that creating this domain " +
                "on the host's stored inventory would get, taking into account the devices and memory its live domains hold. Changes nothing. An infeasible plan is still 200, with feasible=false and " +
                "every error among the findings. With rdm strategy pool, the pool's hosts are read as they are now; a pool naming hosts that " +
                "do not exist (pool-host-not-found) or a label no host carries (pool-empty) is a 422.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Results<Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> PlanDomain(
        string host, PlanRequestBody body, HostStore store, PoolReader pools, DomainReader domains, CancellationToken cancellationToken)
    {
        if (!HostName.TryParse(host, out var name))
        {
            return Problems.InvalidHostName();
        }

        if (await store.FindAsync(name, cancellationToken) is not { } stored)
        {
            return Problems.HostNotFound(host);
        }

        if (stored.Inventory.Architecture != CpuArchitecture.X64)
        {
            return Problems.ArchitectureNotSupported(host, stored.Inventory.Architecture);
        }

        var (request, problem) = await RdmResolution.ResolveAsync(body, pools, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var usage = await domains.UsageAsync(name, cancellationToken);
        return TypedResults.Ok(LayoutPlanner.Plan(stored.Inventory, request!, usage).ToResponse());
    }
}
