using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Placement.Api.Tests.Infrastructure;
using Serilog.Core;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Hosting;

/// <summary>HEAD wherever GET is: the GET's status and headers (the host's ETag too), and no body.</summary>
public sealed class HeadRequestTests : ApiTest
{
    [Fact]
    public async Task Head_Host_GetsStatusETagAndContentTypeWithoutBody()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        using var get = await Client.GetHostAsync(Host);

        using var head = await HeadAsync(HostRequests.HostPath(Host));

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe(get.Headers.ETag!.Tag);
        head.Content.Headers.ContentType!.MediaType.ShouldBe(get.Content.Headers.ContentType!.MediaType);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        (await get.Content.ReadAsByteArrayAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Head_MissingHost_NotFoundWithoutBody()
    {
        using var head = await HeadAsync(HostRequests.HostPath("nowhere-1"));

        head.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        head.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/v1/hosts", "application/json")]
    [InlineData("/v1/domains", "application/json")]
    [InlineData("/v1/placements/refusals", "application/json")]
    [InlineData("/health/live", "text/plain")]
    public async Task Head_Collection_OkWithoutBody(string path, string mediaType)
    {
        await Client.CreateHostAsync(Host, NoRmrr());

        using var head = await HeadAsync(path);

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Head_DomainXlConfig_OkTextWithoutBody()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var id = (await Client.CreateDomainAsync(Host, WithIgd("vm-1"))).Id();

        using var head = await HeadAsync($"/v1/domains/{id}/xl-config");

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Head_PathWithoutGet_MethodNotAllowed()
    {
        using var head = await HeadAsync($"/v1/hosts/{Host}/plans");

        head.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Head_Answered_LoggedAsHead()
    {
        var logs = new LogCollector();
        await using var api = Api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(logs)));
        using var client = api.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/v1/hosts/nowhere-1"));

        logs.Messages("Serilog.AspNetCore.RequestLoggingMiddleware").ShouldHaveSingleItem()
            .ShouldStartWith("""HTTP "HEAD" "/v1/hosts/nowhere-1" responded 404 in """);
    }

    private async Task<HttpResponseMessage> HeadAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        return await Client.SendAsync(request);
    }
}
