namespace Placement.Api.Retention;

/// <summary>Registers the retention job of ADR 0025.</summary>
public static class RetentionSetup
{
    public static IServiceCollection AddPlacementRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(r => r.Refusals > TimeSpan.Zero && r.IdempotencyKeys > TimeSpan.Zero && r.Interval > TimeSpan.Zero && r.BatchSize > 0,
                "Every Retention setting is positive.")
            .ValidateOnStart();
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionJob>());
        return services;
    }
}
