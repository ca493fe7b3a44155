using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>The plan resource's requests, and plan documents as a client writes them.</summary>
public static class PlanRequests
{
    public static string PlansPath(string host) => $"/v1/hosts/{host}/plans";

    public static Task<HttpResponseMessage> PostPlanAsync(this HttpClient client, string host, JsonNode request) =>
        client.PostAsync(PlansPath(host), HttpAssertions.Json(request));

    public static Task<HttpResponseMessage> PostPlanAsync(this HttpClient client, string host, string body) =>
        client.PostAsync(PlansPath(host), HttpAssertions.Json(body));

    /// <summary>Plans and returns the plan; fails unless the answer is 200 application/json.</summary>
    public static async Task<JsonObject> PlanAsync(this HttpClient client, string host, string body)
    {
        using var response = await client.PostPlanAsync(host, body);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The plan request of the product description: 4 GiB, every host RDM relaxed, the IGD strict.</summary>
    public const string ProductExample = """
        {
          "name": "vm-42", "memoryMiB": 4096, "videoRamMiB": 8, "hap": true, "mmioHoleMiB": null,
          "rdm": { "strategy": "host", "policy": "relaxed" }, "rdmMemBoundaryMiB": 2048,
          "devices": [ { "sbdf": "0000:00:02.0", "rdmPolicy": "strict" } ]
        }
        """;

    /// <summary>The (severity, code, start, sbdf) of findings, in order.</summary>
    public static IReadOnlyList<(string Severity, string Code, string? Start, string? Sbdf)> Findings(this JsonNode? findings) =>
        findings!.AsArray()
            .Select(f => (f!["severity"]!.GetValue<string>(), f["code"]!.GetValue<string>(), f["start"]?.GetValue<string>(), f["sbdf"]?.GetValue<string>()))
            .ToList();
}
