namespace Placement.Api.Limits;

/// <summary>Who a request counts against: the token's subject when there is one, else the address it came from.</summary>
internal static class Callers
{
    public static string Of(HttpContext context) =>
        context.User.FindFirst("sub")?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Probes must answer whatever the load: an orchestrator that cannot probe restarts a busy instance.</summary>
    public static bool IsExempt(HttpContext context) => context.Request.Path.StartsWithSegments("/health");
}
