using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;

namespace Placement.Persistence;

public static class PersistenceSetup
{
    public static IServiceCollection AddPlacementPersistence(this IServiceCollection services, string connectionString)
    {
        // Pooled contexts, and prepared statements for the few queries every request repeats
        // (unless the connection string says otherwise): docs/performance.md.
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        if (connection.MaxAutoPrepare == 0)
        {
            connection.MaxAutoPrepare = 64;
        }

        ConnectionPool.ApplyDefault(connection, connectionString);

        services.TryAddSingleton<ICallerAccessor, NoCaller>();
        services.AddDbContextPool<PlacementDbContext>((provider, options) => options.UseNpgsql(connection.ConnectionString)
            .AddInterceptors(new CallerStamp(provider.GetRequiredService<ICallerAccessor>())));
        services.AddSingleton<InventoryCache>();
        services.AddScoped<HostStore>();
        services.AddScoped<PoolReader>();
        services.AddScoped<DomainStore>();
        services.AddScoped<DomainReader>();
        services.AddScoped<MigrationChecks>();
        services.AddScoped<Placements.Placements>();
        services.AddScoped<Placements.PlacementRefusals>();
        services.AddScoped<Retention.ExpiredRecords>();
        return services;
    }
}
