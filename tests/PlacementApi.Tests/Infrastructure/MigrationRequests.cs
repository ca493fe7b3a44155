using System.Net;
using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Infrastructure;

/// <summary>The migration resources' requests: checks (read-only) and migrations.</summary>
public static class MigrationRequests
{
    public static string ChecksPath(string id) => $"/v1/domains/{id}/migration-checks";

    public static string MigrationsPath(string id) => $"/v1/domains/{id}/migrations";

    public static Task<HttpResponseMessage> PostMigrationCheckAsync(this HttpClient client, string id, string body) =>
        client.PostAsync(ChecksPath(id), HttpAssertions.Json(body));

    /// <summary>Checks and returns the answer; fails unless it is 200 application/json.</summary>
    public static async Task<JsonObject> CheckMigrationAsync(this HttpClient client, string id, string body = "{}")
    {
        using var response = await client.PostMigrationCheckAsync(id, body);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> MigrateAsync(this HttpClient client, string id, string body) =>
        client.PostAsync(MigrationsPath(id), HttpAssertions.Json(body));

    public static Task<HttpResponseMessage> MigrateAsync(this HttpClient client, string id, JsonNode body) =>
        client.MigrateAsync(id, body.ToJsonString());

    /// <summary>Migrates and returns the domain; fails unless the answer is 200 application/json.</summary>
    public static async Task<JsonObject> MigrateToAsync(this HttpClient client, string id, string target)
    {
        using var response = await client.MigrateAsync(id, new JsonObject { ["target"] = target });
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The (host, verdict) of each result of a check, in ranked order.</summary>
    public static IReadOnlyList<(string Host, string Verdict)> Verdicts(this JsonObject check) =>
        check["results"]!.AsArray().Select(r => (r.Text("host"), r.Text("verdict"))).ToList();
}
