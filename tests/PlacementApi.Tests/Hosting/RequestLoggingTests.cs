using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Placement.Api.Tests.Infrastructure;
using Serilog.Core;

namespace Placement.Api.Tests.Hosting;

public sealed class RequestLoggingTests : ApiTest
{
    private const string Source = "Serilog.AspNetCore.RequestLoggingMiddleware";

    [Fact]
    public async Task Request_Answered_OneLineWithMethodPathStatusAndDuration()
    {
        var logs = new LogCollector();
        await using var api = Api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(logs)));
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/v1/hosts/nowhere-1");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var line = logs.Messages(Source).ShouldHaveSingleItem();
        line.ShouldMatch("""^HTTP "GET" "/v1/hosts/nowhere-1" responded 404 in \d+\.\d ms$""");
        logs.Events.Single(e => e.Properties.ContainsKey("RequestPath")).TraceId.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("/v1/hosts/a%0D%0AFAKE", @"/v1/hosts/a\r\nFAKE")]
    [InlineData("/v1/hosts/a%0AFAKE%09x", @"/v1/hosts/a\nFAKE\tx")]
    [InlineData("/v1/hosts/a%1B%5B31mRED%07", @"/v1/hosts/a\u001b[31mRED\u0007")]
    [InlineData("/v1/hosts/a%5Cr%5Cn", @"/v1/hosts/a\\r\\n")]
    public async Task Request_PathWithControlCharacters_OneLineWithThemEscaped(string path, string logged)
    {
        var logs = new LogCollector();
        await using var api = Api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(logs)));
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);

        var line = logs.Messages(Source).ShouldHaveSingleItem();
        line.ShouldStartWith($"HTTP \"GET\" \"{logged}\" responded {(int)response.StatusCode} in ");
        line.ShouldNotContain('\r');
        line.ShouldNotContain('\n');
        line.ShouldNotContain('\u001b');
        // Every event of the request, the framework's own too, carries the path escaped.
        logs.Events.SelectMany(e => e.Properties.Values).Select(v => v.ToString()).ShouldAllBe(v => !v.Any(char.IsControl));
    }
}
