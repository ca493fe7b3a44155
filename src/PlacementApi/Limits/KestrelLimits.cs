using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Placement.Api.Limits;

/// <summary>
/// Kestrel's read timeouts, so that a slow or stalled client cannot hold a connection and its
/// buffers: the headers within <see cref="LimitOptions.HeadersTimeoutSeconds"/>, the body at
/// <see cref="LimitOptions.MinBodyBytesPerSecond"/> or faster after a grace period (else 408), and
/// no body larger than the largest endpoint limit.
/// </summary>
internal sealed class KestrelLimits(IOptions<LimitOptions> limits) : IConfigureOptions<KestrelServerOptions>
{
    public const int BodyGraceSeconds = 5;

    public void Configure(KestrelServerOptions options)
    {
        options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.Value.HeadersTimeoutSeconds);
        options.Limits.MinRequestBodyDataRate = new MinDataRate(limits.Value.MinBodyBytesPerSecond, TimeSpan.FromSeconds(BodyGraceSeconds));
        options.Limits.MaxRequestBodySize = BodyLimits.Largest;
    }
}
