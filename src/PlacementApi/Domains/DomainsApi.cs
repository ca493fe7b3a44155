using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;
using Placement.Api.Security;

namespace Placement.Api.Domains;

public static class DomainsApi
{
    private static readonly Dictionary<string, DomainState> States = new(StringComparer.Ordinal)
    {
        ["live"] = DomainState.Live,
        ["destroyed"] = DomainState.Destroyed,
    };

    public static IEndpointRouteBuilder MapDomains(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/v1/hosts/{host}/domains").WithTags("Domains")
            .MapPost("/", CreateDomain).WithName("CreateDomain").RequireRole(Roles.Orchestrator)
            .AddEndpointFilter<PlanRequestFilter<CreateDomainValidator>>()
            .WithSummary("Create a domain on a host")
            .WithDescription("Plans the domain against the host's inventory and what its live domains hold, then records the domain, its " +
                "layout (fixed for life) and one assignment per device, atomically. Any error finding refuses the whole create: 409 with " +
                "the findings a plan would show, and the refusal is recorded (GET /v1/hosts/{host}/refusals). name is required. An rdm pool is " +
                "resolved once, here: the domain keeps the ranges its hosts had then (422 pool-host-not-found or pool-empty when it cannot be).")
            .Produces<DomainResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var group = routes.MapGroup("/v1/domains").WithTags("Domains");
        group.MapGet("/", ListDomains).WithName("ListDomains").RequireRole(Roles.Reader)
            .WithSummary("List domains")
            .WithDescription("Domains ordered by id (a UUIDv7: creation order), filtered by host and state (live or destroyed). Follow nextCursor for the next page.")
            .ProducesValidationProblem();
        group.MapGet("/{id}", GetDomain).WithName("GetDomain").RequireRole(Roles.Reader)
            .WithSummary("Read a domain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DestroyDomain).WithName("DestroyDomain").RequireRole(Roles.Orchestrator)
            .WithSummary("Destroy a domain")
            .WithDescription("Releases every device (each release goes into the history) and the static memory banks of a direct-mapped " +
                "domain (free again for direct-mapped domains; they stay out of the heap until the host reboots), and marks the domain destroyed; it stays readable. " +
                "Destroying a destroyed domain changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/reboot", RebootDomain).WithName("RebootDomain").RequireRole(Roles.Orchestrator)
            .WithSummary("Reboot a domain")
            .WithDescription("Reboots the domain as xl's restart does: an x86_64 domain's layout is recomputed from its creation settings, the host's " +
                "inventory as it is now and the devices it holds now (hot-plugged ones with the policy they were attached with). 200 with the new " +
                "layout and a rebooted line in the history saying what changed; 409 reboot-refused with the findings when the new layout has an " +
                "error, and then nothing changes. An arm64 domain keeps its layout, devices and, when direct-mapped, its static memory banks. " +
                "409 domain-destroyed for a destroyed domain.")
            .Produces<DomainResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<Results<Ok<DomainResponse>, ValidationProblem, ProblemHttpResult>> RebootDomain(
        Guid id, DomainStore store, CancellationToken cancellationToken)
    {
        return await store.RebootAsync(id, cancellationToken) switch
        {
            RebootOutcome.Rebooted rebooted => TypedResults.Ok(rebooted.Domain.ToResponse()),
            RebootOutcome.Refused refused => DomainProblems.RebootRefused(id, refused.Findings),
            RebootOutcome.DomainDestroyed => DomainProblems.Destroyed(id),
            _ => Problems.DomainNotFound(id),
        };
    }

    private static async Task<Results<CreatedAtRoute<DomainResponse>, ValidationProblem, ProblemHttpResult>> CreateDomain(
        HostName host,
        PlanRequestBody body,
        [FromHeader(Name = IdempotencyKeys.Header), Description(IdempotencyKeys.Description)] string? idempotencyKey,
        DomainStore store,
        PoolReader pools,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!IdempotencyKeys.TryRead(context.Request, body, out var key))
        {
            return IdempotencyKeys.Invalid();
        }

        var (request, problem) = await RdmResolution.ResolveAsync(PlanRequestFilter.Request(context), pools, cancellationToken);
        if (problem is not null)
        {
            // A pool host deleted after a keyed create committed must not turn its retry into a 422.
            return key is not null && await store.EarlierCreateAsync(key, cancellationToken) is { } earlier ? Answer(earlier) : problem;
        }

        return Answer(await store.CreateAsync(host, body.Name!, request!, key, cancellationToken));

        Results<CreatedAtRoute<DomainResponse>, ValidationProblem, ProblemHttpResult> Answer(Keyed<CreateOutcome> write) =>
            IdempotencyKeys.Answer(context, write) switch
            {
                CreateOutcome.Created created => TypedResults.CreatedAtRoute(created.Domain.ToResponse(), "GetDomain", new { id = created.Domain.Id }),
                CreateOutcome.Refused refused => DomainProblems.Refused(refused.Devices, refused.Findings, refused.RefusalId),
                CreateOutcome.NameTaken taken => DomainProblems.NameTaken(host, body.Name!, taken.Holder),
                CreateOutcome.WrongArchitecture wrong => Problems.ArchitectureMismatch(host, wrong.Host),
                CreateOutcome.HostNotFound => Problems.HostNotFound(host),
                _ => Problems.IdempotencyKeyReused(),
            };
    }

    private static async Task<Results<Ok<Page<DomainSummaryResponse>>, ValidationProblem>> ListDomains(
        DomainReader reader,
        [FromQuery, Description("Only the domains of this host.")] string? host,
        [FromQuery, Description("live or destroyed.")] string? state,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken)
    {
        var violations = new List<Violation>();
        QueryRules.HostName(host, "host", violations);
        var wanted = QueryRules.OneOf(state, "state", States, violations);
        Paging.Check(limit, cursor, key => Guid.TryParse(key, out _), violations, out var last);
        Guid? after = last is null ? null : Guid.Parse(last);

        if (violations.Count > 0)
        {
            return Problems.Validation(violations);
        }

        var page = await reader.ListAsync(new DomainQuery(host, wanted, after, limit ?? Paging.DefaultPageSize), cancellationToken);
        return TypedResults.Ok(new Page<DomainSummaryResponse>(page.Items.Select(d => d.ToResponse()).ToList(), Cursor.Encode(page.LastId?.ToString())));
    }

    private static async Task<Results<Ok<DomainResponse>, ValidationProblem, ProblemHttpResult>> GetDomain(
        Guid id, DomainReader reader, CancellationToken cancellationToken)
    {
        return await reader.FindAsync(id, cancellationToken) is { } domain
            ? TypedResults.Ok(domain.ToResponse())
            : Problems.DomainNotFound(id);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DestroyDomain(
        Guid id, DomainStore store, CancellationToken cancellationToken)
    {
        return await store.DestroyAsync(id, cancellationToken) == DestroyOutcome.DomainNotFound
            ? Problems.DomainNotFound(id)
            : TypedResults.NoContent();
    }
}
