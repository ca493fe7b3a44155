using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.Arm;
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
                "every error among the findings. On an arm64 host the request has an arm section and the answer an arm layout (banks, GIC, " +
                "vPL011, device-tree node); a request for the other architecture is a 422 request-architecture-mismatch. With rdm strategy pool, the pool's hosts are read as they are now; a pool naming hosts that " +
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

        var inventory = stored.Inventory;
        if ((inventory.Architecture == CpuArchitecture.Arm64) != (body.Arm is not null))
        {
            return Problems.ArchitectureMismatch(host, inventory.Architecture);
        }

        var (request, problem) = await RdmResolution.ResolveAsync(body, pools, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var usage = await domains.UsageAsync(name, cancellationToken);
        return TypedResults.Ok(request!.Arm is null
            ? LayoutPlanner.Plan(inventory, request, usage).ToResponse()
            : ArmPlanner.Plan(inventory, request, usage, body.Name).ToResponse());
    }
}
