using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;
using Placement.Api.Security;

namespace Placement.Api.Domains;

public static class DomainDevicesApi
{
    public static RouteGroupBuilder MapDomainDevices(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/domains/{id}/devices").WithTags("Domain devices");
        group.MapPost("/", Hotplug).WithName("HotplugDevice").RequireRole(Roles.Orchestrator)
            .AddEndpointFilter<ValidationFilter<DeviceRequestBody>>()
            .WithSummary("Hotplug a device into a live domain")
            .WithDescription("Checks the device against the domain's fixed layout and reserved regions (docs/xen-rules.md §6 steps 1-3: " +
                "shared RMRRs, identity maps, ownership, IOMMU). Nothing is recomputed: a domain created with rdm strategy host has every " +
                "host RMRR reserved already. Strict conflicts give 409 (recorded in the history); relaxed ones 201 with outcome " +
                "assigned-with-warnings. rdmPolicy defaults to the domain's rdm policy if it gave one, else strict.")
            .Produces<AssignmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{sbdf}", GetDevice).WithName("GetDomainDevice").RequireRole(Roles.Reader)
            .WithSummary("Read a device a domain holds")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{sbdf}", Unplug).WithName("UnplugDevice").RequireRole(Roles.Orchestrator)
            .WithSummary("Unplug a device from a domain")
            .WithDescription("Releases the device (recorded in the history); it is free for any domain again.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<CreatedAtRoute<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Hotplug(
        Guid id,
        DeviceRequestBody body,
        [FromHeader(Name = IdempotencyKeys.Header), Description(IdempotencyKeys.Description)] string? idempotencyKey,
        DomainStore store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!IdempotencyKeys.TryRead(context.Request, body, out var key))
        {
            return IdempotencyKeys.Invalid();
        }

        var request = new DeviceRequest(PciAddress.Parse(body.Sbdf!), body.RdmPolicy is { } policy ? LayoutNames.Policies[policy] : null);
        return IdempotencyKeys.Answer(context, await store.HotplugAsync(id, request, key, cancellationToken)) switch
        {
            HotplugOutcome.Attached { Assignment: var assignment } => TypedResults.CreatedAtRoute(
                assignment.ToResponse(), "GetDomainDevice", new { id = id, sbdf = assignment.Device.ToString() }),
            HotplugOutcome.Refused refused => DomainProblems.Refused(refused.Outcome, refused.RefusalId),
            HotplugOutcome.DomainDestroyed => DomainProblems.Destroyed(id),
            HotplugOutcome.DomainNotFound => Problems.DomainNotFound(id),
            _ => Problems.IdempotencyKeyReused(),
        };
    }

    private static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> GetDevice(
        Guid id, PciAddress sbdf, DomainReader reader, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, cancellationToken) is not { } domain)
        {
            return Problems.DomainNotFound(id);
        }

        return domain.Devices.FirstOrDefault(d => d.Device == sbdf) is { } assignment
            ? TypedResults.Ok(assignment.ToResponse())
            : DomainProblems.NotAssigned(id, sbdf);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Unplug(
        Guid id, PciAddress sbdf, DomainStore store, CancellationToken cancellationToken)
    {
        return await store.UnplugAsync(id, sbdf, cancellationToken) switch
        {
            UnplugOutcome.Released => TypedResults.NoContent(),
            UnplugOutcome.NotAssigned => DomainProblems.NotAssigned(id, sbdf),
            _ => Problems.DomainNotFound(id),
        };
    }
}
