using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Placement.Api.Domains;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Api.Limits;
using Placement.Api.Retention;
using Placement.Api.Placements;
using Placement.Api.Security;
using Placement.Persistence;

namespace Placement.Api.Hosting;

public static class ServiceSetup
{
    public const string ConnectionStringName = "Placement";

    public static IServiceCollection AddPlacementApi(this IServiceCollection services, IConfiguration configuration)
    {
        // Program.cs has said so in one line already; this is for hosts built another way.
        if (DatabaseSettings.Problem(configuration) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName)!;

        services.AddSingleton(TimeProvider.System);
        services.AddPlacementPersistence(connectionString);
        // Ready: the database answers and its schema is current (one query proves both): a replica
        // started before `migrate` is not ready, nor is any while the database is down.
        services.AddHealthChecks().AddDbContextCheck<PlacementDbContext>(
            "database",
            tags: ["ready"],
            customTestQuery: async (db, cancellationToken) => (await db.PendingMigrationsAsync(cancellationToken)).Count == 0);
        services.AddHostedService<DatabaseStartupCheck>();

        services.ConfigureHttpJsonOptions(options =>
        {
            // A misspelt property (say "iommuProtectd") must not silently fall back to a default.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // A number is a JSON number: "memoryMiB": "1024" is a type error, as ADR 0003 says.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // {"sbdf": "a", "sbdf": "b"} has no one meaning (and a proxy may read the other one): a 400 duplicate-key.
            options.SerializerOptions.AllowDuplicateProperties = false;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("code", CodeOf(context.ProblemDetails.Status));
            RequestBodyProblems.DescribeUnsupportedMediaType(context);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        // Each validator as IValidator<T> and as itself. A create's validators are second validators of
        // a plan or placement request, which their endpoints name: as IValidator<T> they would replace the first.
        services.AddValidatorsFromAssemblyContaining<HostInventoryValidator>(
            ServiceLifetime.Singleton, scan => scan.ValidatorType != typeof(CreateDomainValidator) && scan.ValidatorType != typeof(PlacedCreateValidator));
        services.AddSingleton<CreateDomainValidator>();
        services.AddSingleton<PlacedCreateValidator>();

        services.AddPlacementAuthentication();
        services.AddPlacementLimits(configuration);
        services.AddPlacementRetention(configuration);
        services.AddPlacementOpenApi();
        return services;
    }

    private static string CodeOf(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        StatusCodes.Status500InternalServerError => ErrorCodes.InternalError,
        _ => $"http-{status}",
    };
}
