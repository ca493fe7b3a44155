using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Infrastructure;

/// <summary>The host resource's requests, with conditional headers sent exactly as given (unvalidated).</summary>
public static class HostRequests
{
    public static string HostPath(string name) => $"/v1/hosts/{name}";

    public static Task<HttpResponseMessage> PutHostAsync(
        this HttpClient client, string name, JsonNode document, string? ifMatch = null, string? ifNoneMatch = null) =>
        client.SendAsync(WithConditions(
            new HttpRequestMessage(HttpMethod.Put, HostPath(name)) { Content = HttpAssertions.Json(document) }, ifMatch, ifNoneMatch));

    public static Task<HttpResponseMessage> PutHostAsync(this HttpClient client, string name, string body) =>
        client.PutAsync(HostPath(name), HttpAssertions.Json(body));

    public static Task<HttpResponseMessage> GetHostAsync(this HttpClient client, string name) => client.GetAsync(HostPath(name));

    public static Task<HttpResponseMessage> DeleteHostAsync(this HttpClient client, string name, string? ifMatch = null) =>
        client.SendAsync(WithConditions(new HttpRequestMessage(HttpMethod.Delete, HostPath(name)), ifMatch, null));

    /// <summary>Creates the host and returns the created document; fails unless the answer is 201.</summary>
    public static async Task<JsonObject> CreateHostAsync(this HttpClient client, string name, JsonNode document)
    {
        using var response = await client.PutHostAsync(name, document);
        return await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
    }

    /// <summary>Asserts that no host of this name exists: 404 host-not-found.</summary>
    public static async Task ShouldNotExistAsync(this HttpClient client, string name)
    {
        using var response = await client.GetHostAsync(name);
        var problem = await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.NotFound, "host-not-found");
        problem["detail"]!.GetValue<string>().ShouldContain(name);
    }

    private static HttpRequestMessage WithConditions(HttpRequestMessage request, string? ifMatch, string? ifNoneMatch)
    {
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return request;
    }
}
