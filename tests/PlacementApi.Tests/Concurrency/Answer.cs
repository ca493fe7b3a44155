using System.Net;
using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Concurrency;

/// <summary>A response read to its end, so racing requests can be sent first and judged together afterwards.</summary>
public sealed record Answer(HttpStatusCode Status, string? MediaType, string Text, string? Location, bool Replayed)
{
    public JsonObject Body => JsonNode.Parse(Text)!.AsObject();

    public static async Task<Answer> ReadAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return new Answer(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(),
            response.Headers.Location?.OriginalString,
            response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
    }

    /// <summary>Asserts a 409 problem of this code whose findings say <paramref name="device"/> belongs to <paramref name="owner"/>.</summary>
    public JsonObject ShouldBeBusyRefusal(string code, string device, Guid owner)
    {
        Status.ShouldBe(HttpStatusCode.Conflict, Text);
        MediaType.ShouldBe("application/problem+json");
        var problem = Body;
        problem["code"]!.GetValue<string>().ShouldBe(code, Text);
        // Ownership is the only thing that refuses a device of this host.
        var busy = problem["findings"]!.AsArray().Where(f => f!["severity"]!.GetValue<string>() == "error").ShouldHaveSingleItem()!;
        busy["code"]!.GetValue<string>().ShouldBe("device-busy");
        busy["sbdf"]!.GetValue<string>().ShouldBe(device);
        busy["message"]!.GetValue<string>().ShouldContain(owner.ToString());
        return problem;
    }

    /// <summary>Asserts a 201 application/json answer and returns its body.</summary>
    public JsonObject ShouldBeCreated()
    {
        Status.ShouldBe(HttpStatusCode.Created, Text);
        MediaType.ShouldBe("application/json");
        Location.ShouldNotBeNullOrEmpty();
        return Body;
    }
}
