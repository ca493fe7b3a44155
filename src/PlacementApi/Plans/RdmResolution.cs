using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Persistence.Hosts;

namespace Placement.Api.Plans;

/// <summary>
/// Completes the planner's request, resolving a pool to the union of its hosts'
/// reserved regions as they are now (the planner never looks hosts up); a pool that names hosts
/// that do not exist, or a label no host carries, is a 422.
/// </summary>
internal static class RdmResolution
{
    public static async Task<(DomainRequest? Request, ProblemHttpResult? Problem)> ResolveAsync(
        DomainRequest request, PoolReader pools, CancellationToken cancellationToken)
    {
        if (request is not X86Request { Pool: { } pool } x86)
        {
            return (request, null);
        }

        var found = await pools.ReadAsync(pool, cancellationToken);
        if (found.Missing.Count > 0)
        {
            return (null, Problems.PoolHostNotFound(found.Missing.Select(h => h.Value).ToList()));
        }

        return found.Hosts.Count == 0
            ? (null, Problems.PoolEmpty(pool.Label!))
            : (x86 with { Reserve = AddressRange.Union(found.Regions) }, null);
    }
}
