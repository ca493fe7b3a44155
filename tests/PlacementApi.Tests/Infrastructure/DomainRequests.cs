using System.Net;
using System.Text.Json.Nodes;
namespace Placement.Api.Tests.Infrastructure;

/// <summary>The domain resources' requests; an <c>Idempotency-Key</c> is sent exactly as given (unvalidated).</summary>
public static class DomainRequests
{
    public static string DomainsPath(string host) => $"/v1/hosts/{host}/domains";

    public static string DomainPath(string id) => $"/v1/domains/{id}";

    public static string DevicePath(string id, string sbdf) => $"/v1/domains/{id}/devices/{sbdf}";

    public static Task<HttpResponseMessage> PostDomainAsync(this HttpClient client, string host, string body, string? idempotencyKey = null) =>
        client.SendAsync(Keyed(new HttpRequestMessage(HttpMethod.Post, DomainsPath(host)) { Content = HttpAssertions.Json(body) }, idempotencyKey));

    public static Task<HttpResponseMessage> PostDomainAsync(this HttpClient client, string host, JsonNode body, string? idempotencyKey = null) =>
        client.PostDomainAsync(host, body.ToJsonString(), idempotencyKey);

    public static Task<JsonObject> CreateDomainAsync(this HttpClient client, string host, JsonNode body) => client.CreateDomainAsync(host, body.ToJsonString());

    /// <summary>Creates the domain and returns it; fails unless the answer is 201 with the domain's Location.</summary>
    public static async Task<JsonObject> CreateDomainAsync(this HttpClient client, string host, string body)
    {
        using var response = await client.PostDomainAsync(host, body);
        var domain = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location.ShouldBe(Absolute(DomainPath(domain.Id())));
        return domain;
    }

    /// <summary>A path as every <c>Location</c> header of the API gives it: an absolute URI on the test server.</summary>
    public static Uri Absolute(string path) => new(new Uri("http://localhost"), path);

    public static Task<HttpResponseMessage> GetDomainAsync(this HttpClient client, string id) => client.GetAsync(DomainPath(id));

    /// <summary>Reads the domain; fails unless the answer is 200.</summary>
    public static async Task<JsonObject> ReadDomainAsync(this HttpClient client, string id)
    {
        using var response = await client.GetDomainAsync(id);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> ListDomainsAsync(this HttpClient client, string query = "") => client.GetAsync($"/v1/domains{query}");

    public static Task<HttpResponseMessage> DestroyDomainAsync(this HttpClient client, string id) => client.DeleteAsync(DomainPath(id));

    /// <summary>Destroys the domain; fails unless the answer is 204.</summary>
    public static async Task ShouldDestroyDomainAsync(this HttpClient client, string id)
    {
        using var response = await client.DestroyDomainAsync(id);
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> HotplugAsync(this HttpClient client, string id, string body, string? idempotencyKey = null) =>
        client.SendAsync(Keyed(new HttpRequestMessage(HttpMethod.Post, $"/v1/domains/{id}/devices") { Content = HttpAssertions.Json(body) }, idempotencyKey));

    public static Task<HttpResponseMessage> HotplugDeviceAsync(this HttpClient client, string id, string sbdf, string? idempotencyKey = null) =>
        client.HotplugAsync(id, new JsonObject { ["sbdf"] = sbdf }.ToJsonString(), idempotencyKey);

    /// <summary>The body of a GET that must answer 200 application/json.</summary>
    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> GetDeviceAsync(this HttpClient client, string id, string sbdf) => client.GetAsync(DevicePath(id, sbdf));

    public static Task<HttpResponseMessage> UnplugAsync(this HttpClient client, string id, string sbdf) => client.DeleteAsync(DevicePath(id, sbdf));

    public static Task<HttpResponseMessage> HistoryAsync(this HttpClient client, string id, string query = "") =>
        client.GetAsync($"/v1/domains/{id}/assignments{query}");

    /// <summary>The history lines of a domain (first page); fails unless the answer is 200.</summary>
    public static async Task<JsonArray> ReadHistoryAsync(this HttpClient client, string id)
    {
        using var response = await client.HistoryAsync(id);
        return (await response.ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
    }

    /// <summary>The ids of the domains a list answers, in order; fails unless the answer is 200.</summary>
    public static async Task<IReadOnlyList<string>> ListDomainIdsAsync(this HttpClient client, string query = "")
    {
        using var response = await client.ListDomainsAsync(query);
        var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(d => d!.Id()).ToList();
    }

    public static string Id(this JsonNode domain) => domain["id"]!.GetValue<string>();

    /// <summary>A device's or finding's field, as a string.</summary>
    public static string Text(this JsonNode? node, string field) => node![field]!.GetValue<string>();

    /// <summary>A timestamp as the service writes it.</summary>
    public static JsonNode At(DateTimeOffset time) => JsonAssertions.Written(time);

    private static HttpRequestMessage Keyed(HttpRequestMessage request, string? idempotencyKey)
    {
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return request;
    }
}
