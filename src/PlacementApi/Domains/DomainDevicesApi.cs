using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Pci;
using Placement.Persistence.Domains;

namespace Placement.Api.Domains;

public static class DomainDevicesApi
{
    public static RouteGroupBuilder MapDomainDevices(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/domains/{id}/devices").WithTags("Domain devices");
        group.MapPost("/", Hotplug).WithName("HotplugDevice")
            .AddEndpointFilter<ValidationFilter<DeviceRequestBody>>()
            .WithSummary("Hotplug a device into a live domain")
            .WithDescription("Checks the device against the domain's fixed layout and reserved regions (xen-semantics §6 steps 1-3: " +
                "shared RMRRs, identity maps, ownership, IOMMU). Nothing is recomputed: a domain created with rdm strategy host has every " +
                "host RMRR reserved already. Strict conflicts give 409 (recorded in the history); relaxed ones 201 with outcome " +
                "assigned-with-warnings. rdmPolicy defaults to the domain's rdm policy if it gave one, else strict.")
            .Produces<AssignmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{sbdf}", GetDevice).WithName("GetDomainDevice")
            .WithSummary("Read a device a domain holds")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{sbdf}", Unplug).WithName("UnplugDevice")
            .WithSummary("Unplug a device from a domain")
            .WithDescription("Releases the device (recorded in the history); it is free for any domain again.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> Hotplug(
        string id,
        DeviceRequestBody body,
        [FromHeader(Name = IdempotencyKeys.Header), Description(IdempotencyKeys.Description)] string? idempotencyKey,
        DomainStore store,
        LinkGenerator links,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var domainId))
        {
            return Problems.InvalidDomainId();
        }

        if (!IdempotencyKeys.TryRead(context.Request, body, out var key))
        {
            return IdempotencyKeys.Invalid();
        }

        IResult Answer(DomainWrite write) => write switch
        {
            DomainWrite.Attached attached => TypedResults.Created(
                links.GetPathByName(context, "GetDomainDevice", new { id = domainId, sbdf = attached.Assignment.Device.ToString() }),
                attached.Assignment.ToResponse()),
            DomainWrite.AttachRefused refused => DomainProblems.Refused(refused.Outcome, refused.RefusalId),
            DomainWrite.DomainDestroyed => DomainProblems.Destroyed(domainId),
            _ => Problems.DomainNotFound(domainId),
        };

        (DomainWrite, RecordedResponse?)? recorded = null;
        var request = new Domain.Layout.DeviceRequest(PciAddress.Parse(body.Sbdf!), body.RdmPolicy is { } p ? Domain.Layout.LayoutNames.Policies[p] : null);
        var write = await store.AttachAsync(domainId, request, key, write =>
        {
            var answer = Answer(write);
            var response = RecordedResult.Record(answer, (answer as Created<AssignmentResponse>)?.Location, json.Value.SerializerOptions);
            recorded = (write, response);
            return response;
        }, cancellationToken);
        return key is null ? Answer(write) : RecordedResult.Answer(write, recorded, Answer);
    }

    private static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> GetDevice(
        string id, string sbdf, DomainReader reader, CancellationToken cancellationToken)
    {
        if (Parse(id, sbdf) is not ({ } domainId, { } device))
        {
            return InvalidPath(id);
        }

        if (await reader.FindAsync(domainId, cancellationToken) is not { } domain)
        {
            return Problems.DomainNotFound(domainId);
        }

        return domain.Devices.FirstOrDefault(d => d.Device == device) is { } assignment
            ? TypedResults.Ok(assignment.ToResponse())
            : DomainProblems.NotAssigned(domainId, device);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Unplug(
        string id, string sbdf, DomainStore store, CancellationToken cancellationToken)
    {
        if (Parse(id, sbdf) is not ({ } domainId, { } device))
        {
            return InvalidPath(id);
        }

        return await store.DetachAsync(domainId, device, cancellationToken) switch
        {
            DomainWrite.Released => TypedResults.NoContent(),
            DomainWrite.DeviceNotAssigned => DomainProblems.NotAssigned(domainId, device),
            _ => Problems.DomainNotFound(domainId),
        };
    }

    private static (Guid?, PciAddress?) Parse(string id, string sbdf) =>
        (Guid.TryParse(id, out var domainId) ? domainId : null, PciAddress.TryParse(sbdf, out var device) ? device : null);

    private static ValidationProblem InvalidPath(string id) =>
        Guid.TryParse(id, out _)
            ? Problems.Validation("sbdf", "invalid-pci-address", $"The device in the path is not a PCI address: {PciAddress.Rule}.")
            : Problems.InvalidDomainId();
}
