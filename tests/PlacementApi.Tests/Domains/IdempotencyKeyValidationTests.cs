using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>An Idempotency-Key is one value of 1 to 255 visible ASCII characters; anything else is a 400 and nothing happens.</summary>
public sealed class IdempotencyKeyValidationTests : ApiTest
{
    public static TheoryData<string> InvalidKeys => new() { "two words", "tab\there", "clé", new string('k', 256) };

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task Post_InvalidKey_ValidationFailedAndNothingCreated(string key)
    {
        await Client.CreateHostAsync(Host, NoRmrr());

        using var response = await Client.PostDomainAsync(Host, Bare("vm-1"), key);

        await ShouldBeInvalidKeyAsync(response);
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task Hotplug_InvalidKey_ValidationFailedAndNothingAttached(string key)
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, Bare("vm-1"));

        using var response = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""", key);

        await ShouldBeInvalidKeyAsync(response);
        (await Client.ReadHistoryAsync(domain.Id())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_EmptyKey_ValidationFailedAndNothingCreated()
    {
        // HttpClient drops an empty header value, so this request goes to the server directly.
        await Client.CreateHostAsync(Host, NoRmrr());

        var body = Encoding.UTF8.GetBytes(Bare("vm-1"));
        var context = await Api.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = DomainRequests.DomainsPath(Host);
            http.Request.Headers["Idempotency-Key"] = string.Empty;
            http.Request.Headers.Authorization = $"Bearer {TestTokens.Admin}";
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = body.Length;
            http.Features.Set<IHttpRequestBodyDetectionFeature>(new WithBody());
            http.Request.Body = new MemoryStream(body);
        });

        context.Response.StatusCode.ShouldBe(StatusCodes.Status400BadRequest);
        context.Response.ContentType.ShouldBe("application/problem+json");
        var problem = (await JsonNode.ParseAsync(context.Response.Body))!.AsObject();
        problem["code"]!.GetValue<string>().ShouldBe("validation-failed");
        problem.Violations().ShouldBe([("Idempotency-Key", "invalid-idempotency-key")]);
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_KeyOf255VisibleCharacters_Created()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var key = "!~" + new string('k', 253);

        using var response = await Client.PostDomainAsync(Host, Bare("vm-1"), key);
        using var retry = await Client.PostDomainAsync(Host, Bare("vm-1"), key);

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        (await retry.ShouldBeJsonAsync(HttpStatusCode.Created)).ShouldEqualJson(created);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
    }

    private static async Task ShouldBeInvalidKeyAsync(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("Idempotency-Key", "invalid-idempotency-key")]);
        problem["errors"]!["Idempotency-Key"]![0]!.GetValue<string>()
            .ShouldBe("Idempotency-Key is one value of 1 to 255 visible ASCII characters.");
    }

    private sealed class WithBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
