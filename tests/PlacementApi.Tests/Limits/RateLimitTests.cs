using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Limits;

/// <summary>A caller over its token bucket: 429 rate-limited with Retry-After; probes are never limited.</summary>
public sealed class RateLimitTests() : LimitedApiTest(("Limits:PermitsPerSecondPerCaller", "1"), ("Limits:BurstPerCaller", "3"))
{
    [Fact]
    public async Task Get_AfterTheBurst_TooManyRequestsWithRetryAfter()
    {
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await LimitedClient.GetAsync("/v1/hosts");
            await allowed.ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        using var limited = await LimitedClient.GetAsync("/v1/hosts");

        var problem = await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        problem["title"]!.GetValue<string>().ShouldBe("Too many requests from this caller.");
        problem["detail"]!.GetValue<string>().ShouldStartWith("Each caller may send 1 requests a second, in bursts of up to 3.");
        limited.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Health_AfterTheBurst_StillAnswered()
    {
        for (var i = 0; i < 4; i++)
        {
            (await LimitedClient.GetAsync("/v1/hosts")).Dispose();
        }

        for (var i = 0; i < 10; i++)
        {
            using var live = await LimitedClient.GetAsync("/health/live");
            live.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Get_AfterTheRefill_AllowedAgain()
    {
        for (var i = 0; i < 4; i++)
        {
            (await LimitedClient.GetAsync("/v1/hosts")).Dispose();
        }

        // The bucket refills on the wall clock (a token a second), not the service's clock.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        using var again = await LimitedClient.GetAsync("/v1/hosts");
        await again.ShouldBeJsonAsync(HttpStatusCode.OK);
    }
}
