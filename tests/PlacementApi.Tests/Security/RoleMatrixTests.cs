using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Security;

/// <summary>
/// Every operation of the OpenAPI document × every kind of caller: the authorization decision only.
/// An allowed caller gets whatever the endpoint answers (a 400 for the empty body, a 404 for the
/// unknown domain), never 401 or 403; a refused one gets exactly 401 or 403 with its problem body.
/// </summary>
public sealed class RoleMatrixTests : ApiTest
{
    /// <summary>The role each operation needs besides admin. A new operation fails the test until it is listed here.</summary>
    private static readonly Dictionary<string, string> RoleOf = new()
    {
        ["ListHosts"] = "reader",
        ["GetHost"] = "reader",
        ["PutHost"] = "operator",
        ["DeleteHost"] = "operator",
        ["HostFragmentation"] = "reader",
        ["HostRefusals"] = "reader",
        ["PlanDomain"] = "planner",
        ["PlaceDomain"] = "planner",
        ["PlacementRefusals"] = "reader",
        ["CheckMigration"] = "planner",
        ["ImportInventory"] = "planner",
        ["ImportXlConfig"] = "planner",
        ["CreateDomain"] = "orchestrator",
        ["CreatePlacedDomain"] = "orchestrator",
        ["ListDomains"] = "reader",
        ["GetDomain"] = "reader",
        ["DestroyDomain"] = "orchestrator",
        ["RebootDomain"] = "orchestrator",
        ["MigrateDomain"] = "orchestrator",
        ["HotplugDevice"] = "orchestrator",
        ["GetDomainDevice"] = "reader",
        ["UnplugDevice"] = "orchestrator",
        ["DomainHistory"] = "reader",
        ["GetDomainXlConfig"] = "reader",
        ["GetDomainDeviceTree"] = "reader",
    };

    public static TheoryData<string> Callers => new(["no token", "wrong signature", "expired", "no role", "reader", "planner", "orchestrator", "operator", "admin"]);

    [Fact]
    public async Task Document_EveryOperation_IsInTheMatrix()
    {
        var operations = (await OperationsAsync()).Select(o => o.Id).Order().ToList();

        operations.ShouldBe(RoleOf.Keys.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EveryOperation_EachCaller_AllowedOrRefusedByRole(string caller)
    {
        using var client = Api.ClientWith(caller switch
        {
            "no token" => null,
            "wrong signature" => TestTokens.WrongSignature(),
            "expired" => TestTokens.Expired(),
            "no role" => TestTokens.For("matrix", []),
            _ => TestTokens.For("matrix", [caller]),
        });

        foreach (var operation in await OperationsAsync())
        {
            using var response = await client.SendAsync(operation.Request());
            var because = $"{caller}: {operation.Method} {operation.Path} ({operation.Id})";
            if (caller is "no token" or "wrong signature" or "expired")
            {
                var problem = await ShouldBeProblem(response, HttpStatusCode.Unauthorized, "unauthenticated", because);
                response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer", because);
                problem["detail"]!.GetValue<string>().ShouldContain(caller switch
                {
                    "no token" => "no bearer token",
                    "wrong signature" => "signature",
                    _ => "expired",
                }, Case.Insensitive, because);
            }
            else if (caller == "admin" || caller == RoleOf[operation.Id])
            {
                response.StatusCode.ShouldNotBeOneOf([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden], because);
            }
            else
            {
                var problem = await ShouldBeProblem(response, HttpStatusCode.Forbidden, "forbidden", because);
                problem["requiredRoles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe([RoleOf[operation.Id], "admin"], because);
            }
        }
    }

    [Fact]
    public async Task Token_SeveralRoles_EachCounts()
    {
        using var client = Api.ClientAs("both", "reader", "operator");

        using var read = await client.GetAsync("/v1/hosts");
        using var write = await client.DeleteAsync("/v1/hosts/nowhere");
        using var create = await client.PostAsync($"/v1/domains/{Guid.NewGuid()}/reboot", null);

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        await write.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
        (await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden"))["detail"]!.GetValue<string>()
            .ShouldBe("This needs the role orchestrator or admin in the token's role claim; the token has reader, operator.");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task OpenPaths_NoToken_Answer(string path)
    {
        using var client = Api.ClientWith(null);

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<JsonObject> ShouldBeProblem(HttpResponseMessage response, HttpStatusCode status, string code, string because)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, $"{because}: {text}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", because);
        var body = JsonNode.Parse(text)!.AsObject();
        body["code"]!.GetValue<string>().ShouldBe(code, because);
        body["status"]!.GetValue<int>().ShouldBe((int)status, because);
        return body;
    }

    private async Task<List<Operation>> OperationsAsync()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(m => m.Value?["operationId"] is not null)
                .Select(m => new Operation(m.Value!["operationId"]!.GetValue<string>(), m.Key.ToUpperInvariant(), path.Key, m.Value!["requestBody"] is { } body ? body : null)))
            .ToList();
    }

    private sealed record Operation(string Id, string Method, string Path, JsonNode? Body)
    {
        public HttpRequestMessage Request()
        {
            var path = Path.Replace("{host}", "matrix-host", StringComparison.Ordinal)
                .Replace("{id}", "0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4", StringComparison.Ordinal)
                .Replace("{sbdf}", "0000:03:00.0", StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(Method), path);
            if (Body?["content"] is JsonObject content)
            {
                request.Content = content.ContainsKey("application/json")
                    ? new StringContent("{}", Encoding.UTF8, "application/json")
                    : new StringContent("x", Encoding.UTF8, "text/plain");
            }

            return request;
        }
    }
}
