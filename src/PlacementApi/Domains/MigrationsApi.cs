using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Inventory;
using Placement.Domain.Migration;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;
using Placement.Api.Security;

namespace Placement.Api.Domains;

/// <summary>Where a domain can move, keeping its layout bit for bit (docs/xen-rules.md §7), and the move itself.</summary>
public static class MigrationsApi
{
    public static RouteGroupBuilder MapMigrations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/domains/{id}").WithTags("Migrations");
        group.MapPost("/migration-checks", CheckMigration).WithName("CheckMigration").RequireRole(Roles.Planner)
            .AddEndpointFilter<MigrationFilters.Check>()
            .WithSummary("Which hosts can take the domain")
            .WithDescription("For each target: compatible, compatible-with-warnings (relaxed conflicts only) or incompatible, with every " +
                "finding (host-unknown, architecture-mismatch, same-host, insufficient-memory, device-unknown, device-busy, device-without-iommu, shared-rmrr, " +
                "rmrr-shared-with-other-domain, identity-map-conflict, domain-name-taken; region-not-reserved as info). Devices are " +
                "checked against the domain's fixed layout. A target that names no devices takes the domain's, each at the same address if " +
                "the device there is of the same model and free, else on a free device of that model, else at the same address; each " +
                "device's from names the domain's device it stands for. Ranked; read-only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/migrations", Migrate).WithName("MigrateDomain").RequireRole(Roles.Orchestrator)
            .AddEndpointFilter<MigrationFilters.Move>()
            .WithSummary("Move the domain to another host")
            .WithDescription("Checks again under locks, then in one transaction moves the domain (same layout), releases its devices on the " +
                "source, attaches the target devices with their outcomes (without devices: the domain's, mapped as a check maps them) and " +
                "records the move. 409 migration-refused with the findings " +
                "when the target is incompatible (recorded); 409 domain-moved when another migration moved it meanwhile.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Results<Ok<MigrationCheckResponse>, ValidationProblem, ProblemHttpResult>> CheckMigration(
        Guid id, MigrationCheckBody body, MigrationChecks checks, CancellationToken cancellationToken)
    {
        var targets = body.Targets is null ? null : MigrationFilters.ToTargets(body.Targets) ?? throw new InvalidOperationException("Validated targets did not map.");
        return await checks.CheckAsync(id, targets, body.Limit ?? MigrationCheckValidator.DefaultLimit, cancellationToken) switch
        {
            MigrationCheckOutcome.Checked result => TypedResults.Ok(new MigrationCheckResponse(result.Ranked.Select(ToResponse).ToList(), result.Evaluated)),
            MigrationCheckOutcome.DomainDestroyed => DomainProblems.Destroyed(id),
            MigrationCheckOutcome.NotMigratable => Problems.ArmDomainNotMigrated(id),
            _ => Problems.DomainNotFound(id),
        };
    }

    private static async Task<Results<Ok<DomainResponse>, ValidationProblem, ProblemHttpResult>> Migrate(
        Guid id, MigrationBody body, DomainStore store, CancellationToken cancellationToken)
    {
        var target = HostName.Parse(body.Target!);
        return await store.MigrateAsync(id, target, MigrationFilters.ToDevices(body.Devices), cancellationToken) switch
        {
            MigrateOutcome.Migrated migrated => TypedResults.Ok(migrated.Domain.ToResponse()),
            MigrateOutcome.Refused refused => DomainProblems.MigrationRefused(ToResponse(refused.Verdict), refused.RefusalId),
            MigrateOutcome.DomainMoved moved => DomainProblems.Moved(id, moved.Host),
            MigrateOutcome.DomainDestroyed => DomainProblems.Destroyed(id),
            MigrateOutcome.HostNotFound => Problems.HostNotFound(target),
            MigrateOutcome.NotMigratable => Problems.ArmDomainNotMigrated(id),
            _ => Problems.DomainNotFound(id),
        };
    }

    internal static TargetVerdictResponse ToResponse(TargetVerdict verdict) => new(
        verdict.Host.Value,
        verdict.Verdict switch
        {
            MigrationVerdict.Compatible => "compatible",
            MigrationVerdict.CompatibleWithWarnings => "compatible-with-warnings",
            _ => "incompatible",
        },
        (long)(verdict.FreeMemory.Bytes / Domain.Memory.ByteSize.MiB),
        verdict.Devices.Select((d, i) => Moved(d.ToResponse(), i < verdict.From.Count ? verdict.From[i].ToString() : null)).ToList(),
        verdict.Findings.Select(f => f.ToResponse()).ToList());

    private static MovedDeviceResponse Moved(DeviceOutcomeResponse outcome, string? from) =>
        new(from, outcome.Sbdf, outcome.RdmPolicy, outcome.Outcome, outcome.Findings);
}
