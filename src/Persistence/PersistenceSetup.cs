using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;

namespace Placement.Persistence;

public static class PersistenceSetup
{
    public static IServiceCollection AddPlacementPersistence(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<PlacementDbContext>(options => options.UseNpgsql(connectionString));
        services.AddScoped<HostStore>();
        services.AddScoped<DomainStore>();
        services.AddScoped<DomainReader>();
        return services;
    }
}
