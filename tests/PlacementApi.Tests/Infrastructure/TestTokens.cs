using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Placement.Api.Tests.Infrastructure;

/// <summary>
/// Real bearer tokens for the test service, signed with the key <see cref="PlacementApiFactory"/>
/// configures (or another, for a forged one). Lifetimes are far from both the fake and the real
/// clock, so a test that moves its clock by days still holds a valid token.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "placement-tests";
    public const string Audience = "placement-service";
    public const string AdminCaller = "test-admin";

    /// <summary>The configured key: 256 random bits, fixed per test run.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Fixed, not read from a clock: far ahead of both the fake and the real one.</summary>
    private static readonly DateTime FarFuture = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string OtherKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Admin { get; } = For(AdminCaller, ["admin"]);

    /// <summary>A valid token for <paramref name="caller"/> holding <paramref name="roles"/> (none: a token without a role claim).</summary>
    public static string For(string caller, IReadOnlyList<string> roles) => Mint(caller, roles, FarFuture, SigningKey);

    /// <summary>Expired in 2001: expired whatever clock the service reads.</summary>
    public static string Expired(string caller = AdminCaller) => Mint(caller, ["admin"], new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc), SigningKey);

    /// <summary>Well formed, but signed with a key the service does not know.</summary>
    public static string WrongSignature(string caller = AdminCaller) => Mint(caller, ["admin"], FarFuture, OtherKey);

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static string Mint(string caller, IReadOnlyList<string> roles, DateTime expires, string key)
    {
        var claims = new Dictionary<string, object> { ["sub"] = caller };
        if (roles.Count > 0)
        {
            claims["role"] = roles.Count == 1 ? roles[0] : roles.ToArray();
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
