using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Infrastructure;

public static class HttpAssertions
{
    /// <summary>Asserts a problem+json response with this status and code; returns its body.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = JsonNode.Parse(text)!.AsObject();
        body["status"]!.GetValue<int>().ShouldBe((int)status);
        body["code"]!.GetValue<string>().ShouldBe(code, text);
        body["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return body;
    }

    /// <summary>The (field, code) pairs of a validation problem's violations.</summary>
    public static IReadOnlyList<(string Field, string Code)> Violations(this JsonObject problem) =>
        problem["violations"]!.AsArray().Select(v => (v!["field"]!.GetValue<string>(), v["code"]!.GetValue<string>())).ToList();

    public static async Task<JsonObject> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static StringContent Json(JsonNode node) => Json(node.ToJsonString(new JsonSerializerOptions()));
}
