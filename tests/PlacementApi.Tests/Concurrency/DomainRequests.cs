using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>The domain resource's requests, with an optional Idempotency-Key.</summary>
public static class DomainRequests
{
    public static string DomainsPath(string host) => $"/v1/hosts/{host}/domains";

    public static string DomainPath(string id) => $"/v1/domains/{id}";

    public static Task<HttpResponseMessage> PostDomainAsync(this HttpClient client, string host, JsonNode body, string? key = null) =>
        client.SendAsync(Keyed(new HttpRequestMessage(HttpMethod.Post, DomainsPath(host)) { Content = HttpAssertions.Json(body) }, key));

    public static Task<HttpResponseMessage> HotplugAsync(this HttpClient client, string id, string sbdf, string? key = null) =>
        client.SendAsync(Keyed(
            new HttpRequestMessage(HttpMethod.Post, $"{DomainPath(id)}/devices") { Content = HttpAssertions.Json(new JsonObject { ["sbdf"] = sbdf }) }, key));

    /// <summary>Creates the domain and returns it; fails unless the answer is 201.</summary>
    public static async Task<JsonObject> CreateDomainAsync(this HttpClient client, string host, JsonNode body)
    {
        using var response = await client.PostDomainAsync(host, body);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static async Task DestroyDomainAsync(this HttpClient client, string id)
    {
        using var response = await client.DeleteAsync(DomainPath(id));
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The body of a GET that must answer 200 application/json.</summary>
    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static HttpRequestMessage Keyed(HttpRequestMessage request, string? key)
    {
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }
}
