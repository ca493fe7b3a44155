using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Placement.Persistence;

namespace Placement.Api.Security;

/// <summary>
/// JWT bearer tokens, configured from <c>Authentication:Schemes:Bearer</c> (ValidIssuer, ValidAudiences,
/// SigningKeys, or Authority for an OpenID Connect provider): what <c>dotnet user-jwts</c> writes and
/// any identity provider fits. Every endpoint needs a token in every environment; only /health/* does not.
/// </summary>
public static partial class Authentication
{
    public const string Section = "Authentication:Schemes:Bearer";

    public static IServiceCollection AddPlacementAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Claims keep their names (sub, role), whatever the identity provider's tokens say.
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = Roles.CallerClaimType;
                options.TokenValidationParameters.RoleClaimType = Roles.ClaimType;
            });

        services.AddAuthorizationBuilder()
            // An endpoint that names no role still needs a token: a new endpoint is never open by mistake.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build())
            .AddRolePolicies();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ICallerAccessor, HttpCallerAccessor>();
        return services;
    }

    private static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder builder)
    {
        foreach (var role in Roles.All)
        {
            builder.AddPolicy(Roles.PolicyName(role), policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(role == Roles.Admin ? [Roles.Admin] : [role, Roles.Admin]));
        }

        return builder;
    }

    /// <summary>Says at start when no issuer is configured, for a service that answers 401 to everything looks broken otherwise.</summary>
    public static void WarnIfUnconfigured(IConfiguration configuration, ILogger logger)
    {
        if (IsUnconfigured(configuration))
        {
            LogUnconfigured(logger, Section);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No token issuer configured ({Section}: SigningKeys or Authority): every request but /health/* will be 401.")]
    private static partial void LogUnconfigured(ILogger logger, string section);

    /// <summary>True when neither a signing key nor an authority is configured: every token would be refused.</summary>
    public static bool IsUnconfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return string.IsNullOrWhiteSpace(section["Authority"]) && string.IsNullOrWhiteSpace(section["MetadataAddress"])
            && !section.GetSection("SigningKeys").GetChildren().Any();
    }
}
