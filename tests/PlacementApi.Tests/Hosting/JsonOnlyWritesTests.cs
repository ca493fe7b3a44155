using System.Net;
using System.Text;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Hosting;

/// <summary>
/// Writes take JSON or nothing, so that no cross-site form (the media types a browser sends without a
/// preflight) can change anything: the bodiless writes refuse them with 415 and change nothing; a
/// request without a body and Content-Type, or with JSON, is served. The imports read files by design.
/// </summary>
public sealed class JsonOnlyWritesTests : ApiTest
{
    public static TheoryData<string> FormTypes => ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"];

    [Theory]
    [MemberData(nameof(FormTypes))]
    public async Task Reboot_FormContentType_UnsupportedMediaTypeAndNothingChanges(string mediaType)
    {
        var id = await LiveDomainAsync();

        using var response = await SendAsync("POST", $"/v1/domains/{id}/reboot", mediaType);

        await ShouldBeRefusedAsync(response, mediaType);
        (await Client.ReadHistoryAsync(id)).Select(l => l.Text("kind")).ShouldBe(["assigned"]);
    }

    [Theory]
    [MemberData(nameof(FormTypes))]
    public async Task Destroy_FormContentType_UnsupportedMediaTypeAndDomainLive(string mediaType)
    {
        var id = await LiveDomainAsync();

        using var response = await SendAsync("DELETE", $"/v1/domains/{id}", mediaType);

        await ShouldBeRefusedAsync(response, mediaType);
        (await Client.ReadDomainAsync(id)).Text("state").ShouldBe("live");
    }

    [Fact]
    public async Task UnplugAndHostDelete_FormContentType_UnsupportedMediaTypeAndNothingChanges()
    {
        var id = await LiveDomainAsync();

        using var unplug = await SendAsync("DELETE", $"/v1/domains/{id}/devices/{Igd}", "application/x-www-form-urlencoded");
        using var delete = await SendAsync("DELETE", $"/v1/hosts/{Host}", "text/plain");

        await ShouldBeRefusedAsync(unplug, "application/x-www-form-urlencoded");
        await ShouldBeRefusedAsync(delete, "text/plain");
        (await Client.ReadDomainAsync(id))["devices"]!.AsArray().Count.ShouldBe(1);
        (await Client.GetHostAsync(Host)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    public async Task Reboot_NoContentTypeOrJson_Rebooted(string? mediaType)
    {
        var id = await LiveDomainAsync();

        using var response = await SendAsync("POST", $"/v1/domains/{id}/reboot", mediaType);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("id").ShouldBe(id);
        (await Client.ReadHistoryAsync(id)).Select(l => l.Text("kind")).ShouldBe(["assigned", "rebooted"]);
    }

    [Theory]
    [MemberData(nameof(FormTypes))]
    public async Task Plan_FormContentType_UnsupportedMediaTypeNamingJson(string mediaType)
    {
        using var response = await SendAsync("POST", $"/v1/hosts/{Host}/plans", mediaType);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        problem["detail"]!.GetValue<string>().ShouldStartWith("This endpoint reads a JSON body: send Content-Type: application/json");
    }

    [Fact]
    public async Task Post_FormToGetOnlyPath_MethodNotAllowedNotUnsupportedMediaType()
    {
        using var response = await SendAsync("POST", $"/v1/hosts/{Host}/fragmentation", "application/x-www-form-urlencoded");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    private async Task<string> LiveDomainAsync()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        return (await Client.CreateDomainAsync(Host, WithIgd("vm-1"))).Id();
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string? mediaType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (mediaType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(mediaType.StartsWith("application/json", StringComparison.Ordinal) ? "{}" : "action=reboot"));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        }

        return await Client.SendAsync(request);
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string mediaType)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        problem["title"]!.GetValue<string>().ShouldBe("The request has a body of a type this endpoint does not take.");
        problem["detail"]!.GetValue<string>().ShouldBe(
            $"This endpoint reads no body: send none, or Content-Type: application/json (the request has Content-Type {mediaType}).");
    }
}
