using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Placement.Api.Hosting;
using Placement.Api.Http;
using Placement.Domain.Inventory;
using Placement.Persistence.Hosts;
using Placement.Api.Security;

namespace Placement.Api.Hosts;

public static class HostsApi
{
    // The [FromHeader] ifMatch/ifNoneMatch parameters only put the headers into the API description (Swagger UI sends
    // them). The handlers decide with EntityTags.ReadPrecondition, which sees every value of a repeated header.
    private const string IfMatchDescription =
        "A strong entity tag such as \"3\" from the ETag header, or *: the write happens only if the host is at that generation (*: if it exists), else 412.";
    private const string IfNoneMatchDescription = "Only *: create-only; 412 if the host exists. Not together with If-Match.";

    public static RouteGroupBuilder MapHosts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/hosts").WithTags("Hosts");

        group.MapGet("/", ListHosts).WithName("ListHosts").RequireRole(Roles.Reader)
            .WithSummary("List hosts")
            .WithDescription("Hosts ordered by name, filtered by architecture and labels (every label=key=value must match). Follow nextCursor for the next page.")
            .ProducesValidationProblem();
        group.MapGet("/{host}", GetHost).WithName("GetHost").RequireRole(Roles.Reader)
            .WithSummary("Read a host's inventory")
            .WithDescription("The inventory with devices ordered by PCI address and regions by start. The ETag header carries the generation.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesETag();
        group.MapPut("/{host}", PutHost).WithName("PutHost").RequireRole(Roles.Operator)
            .AddEndpointFilter<ValidationFilter<HostInventoryBody>>()
            .WithSummary("Create or replace a host's inventory")
            .WithDescription("201 when the host is new, 200 when replaced; the ETag is the new generation. If-Match: \"<generation>\" (or *) makes the replace conditional, If-None-Match: * makes it create-only; either failing gives 412. " +
                "Every device may say what it is (vendorId, deviceId, classCode, numaNode, labels), for placement to choose it by; all optional. " +
                "An arm64 host requires arm (RAM banks adding up to memoryMiB, GIC, optional firmware regions, direct-map pool and console) and its devices may list mmio and spis; an x86_64 host has none of them. " +
                "While live domains use the host, a replace may not remove or change their devices (with their MMIO and SPIs; their ids, NUMA node and labels may change) or those devices' RMRRs, shrink memory below what they use, change the architecture, turn the IOMMU off, " +
                "or change an arm64 host's RAM banks, firmware regions, GIC or console (its direct-map pool may change): 409 host-in-use naming each.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesETag();
        group.MapDelete("/{host}", DeleteHost).WithName("DeleteHost").RequireRole(Roles.Operator)
            .WithSummary("Remove a host")
            .WithDescription("Honours If-Match like PUT. 409 host-in-use while live domains run on the host.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return group;
    }

    private static async Task<Results<Ok<Page<HostSummaryResponse>>, ValidationProblem>> ListHosts(
        HostStore store,
        [FromQuery] string? architecture,
        [FromQuery(Name = "label")] string[]? labels,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken)
    {
        var violations = new List<Violation>();
        var wanted = QueryRules.OneOf(architecture, "architecture", InventoryNames.Architectures, violations);
        var labelFilter = QueryRules.LabelSelectors(labels, "label", violations);
        Paging.Check(limit, cursor, HostName.IsValid, violations, out var after);

        if (violations.Count > 0)
        {
            return Problems.Validation(violations);
        }

        var page = await store.ListAsync(new HostQuery(wanted, labelFilter, after, limit ?? Paging.DefaultPageSize), cancellationToken);
        return TypedResults.Ok(new Page<HostSummaryResponse>(page.Items.Select(h => h.ToResponse()).ToList(), Cursor.Encode(page.LastName)));
    }

    private static async Task<Results<Ok<HostResponse>, ValidationProblem, ProblemHttpResult>> GetHost(
        HostName host, HostStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(host, cancellationToken) is not { } stored)
        {
            return Problems.HostNotFound(host);
        }

        response.Headers.ETag = EntityTags.Format(stored.Generation);
        return TypedResults.Ok(stored.ToResponse());
    }

    private static async Task<Results<CreatedAtRoute<HostResponse>, Ok<HostResponse>, ValidationProblem, ProblemHttpResult>> PutHost(
        HostName host,
        HostInventoryBody body,
        [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        [FromHeader(Name = "If-None-Match"), Description(IfNoneMatchDescription)] string? ifNoneMatch,
        HostStore store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (EntityTags.ReadPrecondition(context.Request) is not { } precondition)
        {
            return InvalidEntityTag(context.Request);
        }

        // The validation filter has run: the body reads as a valid inventory.
        var inventory = body.ToInventory() ?? throw new InvalidOperationException("A validated body did not map to an inventory.");
        var write = await store.SaveAsync(host, inventory, precondition, cancellationToken);
        if (write.Status == HostWriteStatus.InUse)
        {
            return Problems.HostInUse(host, write.Conflicts!);
        }

        if (write.Host is not { } saved)
        {
            return Problems.PreconditionFailed(write.CurrentGeneration);
        }

        context.Response.Headers.ETag = EntityTags.Format(saved.Generation);
        return write.Status == HostWriteStatus.Created
            ? TypedResults.CreatedAtRoute(saved.ToResponse(), "GetHost", new { host = host.Value })
            : TypedResults.Ok(saved.ToResponse());
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteHost(
        HostName host,
        [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        HostStore store,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (EntityTags.ReadPrecondition(request) is not { } precondition)
        {
            return InvalidEntityTag(request);
        }

        var write = await store.DeleteAsync(host, precondition, cancellationToken);
        return write.Status switch
        {
            HostWriteStatus.Deleted => TypedResults.NoContent(),
            HostWriteStatus.NotFound => Problems.HostNotFound(host),
            HostWriteStatus.InUse => Problems.HostInUse(host, write.Conflicts!),
            _ => Problems.PreconditionFailed(write.CurrentGeneration),
        };
    }

    /// <summary>If-None-Match is the culprit whenever it is present: it takes only *, and never with If-Match.</summary>
    private static ValidationProblem InvalidEntityTag(HttpRequest request) =>
        Problems.Validation(
            request.Headers.IfNoneMatch.Count > 0 ? "If-None-Match" : "If-Match",
            ErrorCodes.InvalidEntityTag,
            "If-Match takes one strong entity tag such as \"3\" or *; If-None-Match takes only *; send at most one of them.");
}
