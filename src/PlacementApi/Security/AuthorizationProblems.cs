using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.Tokens;
using Placement.Api.Http;

namespace Placement.Api.Security;

/// <summary>
/// 401 and 403 as problem+json with a stable code, saying what is missing: a token (and why the one
/// sent was refused), or which roles would do. The bearer handler still writes WWW-Authenticate.
/// </summary>
internal sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged)
        {
            await ChallengeAsync(context, policy);
            // The bearer handler keeps its result for the request, so this reads why the token failed without validating it again.
            var failure = (await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme)).Failure;
            await Unauthenticated(failure).ExecuteAsync(context);
            return;
        }

        if (result.Forbidden)
        {
            await ForbidAsync(context, policy);
            await Forbidden(RolesOf(policy), context.User.FindAll(Roles.ClaimType).Select(c => c.Value).ToList()).ExecuteAsync(context);
            return;
        }

        await fallback.HandleAsync(next, context, policy, result);
    }

    public const string NoToken = "The request has no bearer token: send Authorization: Bearer <token> (see the README for how to get one).";

    /// <summary>The 401: no token, or the token sent and why it was refused.</summary>
    public static ProblemHttpResult Unauthenticated(Exception? failure) =>
        Unauthenticated(failure switch
        {
            null => NoToken,
            SecurityTokenExpiredException => "The bearer token has expired: get a new one.",
            SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The bearer token's signature is not one this service trusts.",
            SecurityTokenInvalidIssuerException => "The bearer token comes from an issuer this service does not trust.",
            SecurityTokenInvalidAudienceException => "The bearer token is for another audience.",
            _ => "The bearer token was refused: it is malformed or not one this service trusts.",
        });

    public static ProblemHttpResult Unauthenticated(string detail) =>
        Problems.Of(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "A valid bearer token is required.", detail);

    /// <summary>The 403: the roles that would do, beside the caller's.</summary>
    public static ProblemHttpResult Forbidden(IReadOnlyList<string> needed, IReadOnlyList<string> held) =>
        Problems.Of(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "The token's roles do not allow this.",
            $"This needs the role {string.Join(" or ", needed)} in the token's role claim; the token has {(held.Count == 0 ? "no role" : string.Join(", ", held))}.",
            new Dictionary<string, object?> { ["requiredRoles"] = needed });

    private static List<string> RolesOf(AuthorizationPolicy policy) =>
        policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToList();

    private static async Task ChallengeAsync(HttpContext context, AuthorizationPolicy policy)
    {
        foreach (var scheme in policy.AuthenticationSchemes.Distinct())
        {
            await context.ChallengeAsync(scheme);
        }

        if (policy.AuthenticationSchemes.Count == 0)
        {
            await context.ChallengeAsync();
        }
    }

    private static async Task ForbidAsync(HttpContext context, AuthorizationPolicy policy)
    {
        foreach (var scheme in policy.AuthenticationSchemes.Distinct())
        {
            await context.ForbidAsync(scheme);
        }

        if (policy.AuthenticationSchemes.Count == 0)
        {
            await context.ForbidAsync();
        }
    }
}
