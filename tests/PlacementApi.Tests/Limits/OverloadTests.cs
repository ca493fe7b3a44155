using System.Net;
using Placement.Api.Tests.Concurrency;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Limits;

/// <summary>
/// More requests than the instance runs and queues: the rest are 503 overloaded at once, with
/// Retry-After, and the requests that got in finish. One slot, no queue; the one request is held at
/// a gate in the database, so the slot stays taken for as long as the test needs.
/// </summary>
public sealed class OverloadTests() : LimitedApiTest(("Limits:ConcurrentRequests", "1"), ("Limits:QueueLength", "0"))
{
    private const long Gate = 0x10ad;

    [Fact]
    public async Task Requests_SlotTakenAndNoQueue_ServiceUnavailableOverloadedWithRetryAfter()
    {
        HttpResponseMessage held;
        await using (var gate = await WriteGate.CloseAsync(Api.Database, "hosts", Gate))
        {
            var holding = LimitedClient.PutHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 1));
            await gate.WaitAtGateAsync();

            using (var turnedAway = await LimitedClient.GetAsync("/v1/hosts"))
            {
                var problem = await turnedAway.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
                problem["title"]!.GetValue<string>().ShouldBe("The service is overloaded.");
                turnedAway.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
            }

            using (var alsoTurnedAway = await LimitedClient.PutHostAsync("xen-2", RaceHost.Inventory(devices: 1)))
            {
                await alsoTurnedAway.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
            }

            // Probes answer however busy the instance is.
            (await LimitedClient.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

            await gate.OpenAsync();
            held = await holding;
        }

        using (held)
        {
            await held.ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        // The slot is free again; the turned-away write left nothing.
        await LimitedClient.ShouldNotExistAsync("xen-2");
        using var after = await LimitedClient.GetHostAsync(RaceHost.Name);
        await after.ShouldBeJsonAsync(HttpStatusCode.OK);
    }
}
