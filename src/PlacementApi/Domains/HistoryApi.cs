using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Inventory;
using Placement.Api.Placements;
using Placement.Persistence.Domains;
using Placement.Persistence.Placements;
using Placement.Api.Security;

namespace Placement.Api.Domains;

/// <summary>What was assigned, refused and released: per domain, the refused creates of a host (which have no domain), and the placed creates no host could take.</summary>
public static class HistoryApi
{
    public static IEndpointRouteBuilder MapHistory(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/domains/{id}/assignments", DomainHistory).WithName("DomainHistory").RequireRole(Roles.Reader).WithTags("History")
            .WithSummary("A domain's assignment history")
            .WithDescription("Every device assigned, refused (hotplug) and released, oldest first, with outcome, findings and time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/v1/hosts/{host}/refusals", HostRefusals).WithName("HostRefusals").RequireRole(Roles.Reader).WithTags("History")
            .WithSummary("Creates refused on a host")
            .WithDescription("Each refused create with its request and findings, oldest first; refusalId of a 409 is the id here.")
            .ProducesValidationProblem();
        routes.MapGet("/v1/placements/refusals", PlacementRefusals).WithName("PlacementRefusals").RequireRole(Roles.Reader).WithTags("History")
            .WithSummary("Placed creates no host could take")
            .WithDescription("Each placed create (POST /v1/domains with a placement request) answered 409 no-host-fits, with its request and the counts " +
                "of what ruled the hosts out, oldest first; refusalId of the 409 is the id here.")
            .ProducesValidationProblem();
        return routes;
    }

    private static async Task<Results<Ok<Page<AssignmentEventResponse>>, ValidationProblem, ProblemHttpResult>> DomainHistory(
        Guid id, DomainReader reader, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken)
    {
        var violations = PageRules(limit, cursor, out var after);
        if (violations.Count > 0)
        {
            return Problems.Validation(violations);
        }

        var page = await reader.HistoryAsync(id, after, limit ?? Paging.DefaultPageSize, cancellationToken);
        return page is null
            ? Problems.DomainNotFound(id)
            : TypedResults.Ok(new Page<AssignmentEventResponse>(page.Items.Select(e => e.ToResponse()).ToList(), Cursor.Encode(page.LastId?.ToString())));
    }

    private static async Task<Results<Ok<Page<RefusalResponse>>, ValidationProblem>> HostRefusals(
        HostName host, DomainReader reader, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken)
    {
        var violations = PageRules(limit, cursor, out var after);
        if (violations.Count > 0)
        {
            return Problems.Validation(violations);
        }

        var page = await reader.RefusalsAsync(host, after, limit ?? Paging.DefaultPageSize, cancellationToken);
        return TypedResults.Ok(new Page<RefusalResponse>(page.Items.Select(e => e.ToRefusal()).ToList(), Cursor.Encode(page.LastId?.ToString())));
    }

    private static async Task<Results<Ok<Page<PlacementRefusalResponse>>, ValidationProblem>> PlacementRefusals(
        PlacementRefusals refusals, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken)
    {
        var violations = PageRules(limit, cursor, out var after);
        if (violations.Count > 0)
        {
            return Problems.Validation(violations);
        }

        var page = await refusals.PageAsync(after, limit ?? Paging.DefaultPageSize, cancellationToken);
        return TypedResults.Ok(new Page<PlacementRefusalResponse>(page.Items.Select(r => r.ToResponse()).ToList(), Cursor.Encode(page.LastId?.ToString())));
    }

    private static List<Violation> PageRules(int? limit, string? cursor, out long? after)
    {
        var violations = new List<Violation>();
        Paging.Check(limit, cursor, key => long.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), violations, out var last);
        after = last is null ? null : long.Parse(last, NumberStyles.Integer, CultureInfo.InvariantCulture);
        return violations;
    }
}
