using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Placement.Api.Limits;

/// <summary>
/// A token bucket per caller (<see cref="Callers"/>): a burst of <see cref="LimitOptions.BurstPerCaller"/>,
/// refilled at <see cref="LimitOptions.PermitsPerSecondPerCaller"/> a second. No queue: a caller over its
/// rate is told at once (429) when a token will be back, rather than holding a connection while it waits.
/// </summary>
internal static class CallerRateLimits
{
    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitOptions>>((options, limits) =>
        {
            var bucket = new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.Value.BurstPerCaller,
                TokensPerPeriod = limits.Value.PermitsPerSecondPerCaller,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Callers.IsExempt(context)
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : RateLimitPartition.GetTokenBucketLimiter(Callers.Of(context), _ => bucket));
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                return new ValueTask(LoadProblems.RateLimitedAsync(rejected.HttpContext, retryAfter, limits.Value));
            };
        });
        return services;
    }
}
