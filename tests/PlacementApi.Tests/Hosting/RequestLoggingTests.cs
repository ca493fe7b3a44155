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
}
