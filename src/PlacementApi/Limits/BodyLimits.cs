using Microsoft.AspNetCore.Http.Features;
using Placement.Api.Imports;
using Placement.Api.XlConfig;

namespace Placement.Api.Limits;

/// <summary>
/// The largest body each endpoint reads, by endpoint name, in one table (ADR 0025). Each is well
/// above the largest request its validation accepts, so only a body no validation would pass is
/// refused: a 413 <c>body-too-large</c> when Content-Length says so, before a byte is read; a
/// chunked body is cut off by Kestrel at the same limit.
/// </summary>
internal static class BodyLimits
{
    public const long KiB = 1024;
    public const long MiB = 1024 * KiB;

    /// <summary>A JSON write not named below: a plan, a create, a placement or a migration check (256 devices, 1,000 host names at most).</summary>
    public const long Default = 1 * MiB;

    /// <summary>An inventory at the limits (4,096 devices with six BARs each, 1,024 reserved regions) is about 2 MiB indented.</summary>
    public const long Inventory = 8 * MiB;

    /// <summary>One device, or a target host: a hotplug, a reboot, a migration.</summary>
    public const long Small = 16 * KiB;

    /// <summary>The largest of all: Kestrel's own limit, lowered per request by <see cref="ApplyAsync"/>.</summary>
    public const long Largest = Inventory;

    public static long For(string? endpointName) => endpointName switch
    {
        "PutHost" => Inventory,
        // The file imports check their own limits (RawBody) and answer 413 with theirs; Kestrel's is the same.
        "ImportInventory" => ImportsApi.MaxFileBytes,
        "ImportXlConfig" => XlConfigApi.MaxBytes,
        "HotplugDevice" or "RebootDomain" or "MigrateDomain" => Small,
        _ => Default,
    };

    public static string Describe(long limit) => limit >= MiB ? $"{limit / MiB} MiB" : $"{limit / KiB} KiB";

    /// <summary>Middleware: refuses a declared body over the endpoint's limit, and tells Kestrel the limit for the rest.</summary>
    public static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var limit = For(context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName);
        if (context.Request.ContentLength > limit)
        {
            await LoadProblems.BodyTooLargeAsync(context, limit);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
