using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Placement.Api.Limits;

/// <summary>Registers and orders the load limits of ADR 0025.</summary>
public static class LimitsSetup
{
    public static IServiceCollection AddPlacementLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitOptions>().Bind(configuration.GetSection(LimitOptions.Section))
            .Validate(l => l.PermitsPerSecondPerCaller > 0 && l.BurstPerCaller > 0 && l.ConcurrentRequests > 0 && l.QueueLength >= 0
                && l.HeadersTimeoutSeconds > 0 && l.MinBodyBytesPerSecond > 0, "Every Limits setting is positive (QueueLength may be 0).")
            .ValidateOnStart();
        services.AddCallerRateLimits();
        services.AddSingleton<AfterBurst>();
        services.AddSingleton<ConcurrencyGate>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<KestrelServerOptions>, KestrelLimits>());
        return services;
    }

    /// <summary>
    /// After authentication (the rate limit counts per token subject), before the endpoints: a
    /// caller over its rate is turned away first, then a body over its endpoint's limit, and only
    /// then does a request wait for one of the concurrent slots.
    /// </summary>
    public static IApplicationBuilder UsePlacementLimits(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.Use(BodyLimits.ApplyAsync);
        var gate = app.ApplicationServices.GetRequiredService<ConcurrencyGate>();
        app.Use(gate.InvokeAsync);
        return app;
    }
}
