namespace Placement.Api.Security;

/// <summary>
/// The roles a token carries in its <c>role</c> claim (one value or several). Each names what its
/// holder may do; <see cref="Admin"/> may do everything. An endpoint names the one role it needs.
/// </summary>
public static class Roles
{
    /// <summary>Every GET.</summary>
    public const string Reader = "reader";

    /// <summary>Plans, placements, migration checks and imports: answers that change nothing.</summary>
    public const string Planner = "planner";

    /// <summary>Domains: create (on a host or placed), hotplug, unplug, destroy, reboot, migrate.</summary>
    public const string Orchestrator = "orchestrator";

    /// <summary>Host inventories: PUT and DELETE.</summary>
    public const string Operator = "operator";

    /// <summary>Everything.</summary>
    public const string Admin = "admin";

    public const string ClaimType = "role";

    /// <summary>The caller's claim: the subject of the token.</summary>
    public const string CallerClaimType = "sub";

    public static readonly IReadOnlyList<string> All = [Reader, Planner, Orchestrator, Operator, Admin];

    /// <summary>The endpoint needs <paramref name="role"/> (or admin) in the caller's token.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, string role)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(PolicyName(role));

    /// <summary>The policy that admits <paramref name="role"/> and admin; named after the role.</summary>
    public static string PolicyName(string role) => role;

    /// <summary>The caller of the request (the token's <c>sub</c>), null when anonymous.</summary>
    public static string? Caller(this HttpContext context) => context.User.FindFirst(CallerClaimType)?.Value;
}
