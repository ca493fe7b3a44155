using Placement.Persistence;

namespace Placement.Api.Security;

/// <summary>The caller of the request in flight (its token's <c>sub</c>), for the stores to stamp on what they write.</summary>
internal sealed class HttpCallerAccessor(IHttpContextAccessor http) : ICallerAccessor
{
    public string? Caller => http.HttpContext?.Caller();
}
