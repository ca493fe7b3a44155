using System.Net;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>Idempotency-Key on hotplug: a retry gets the first answer and attaches nothing more.</summary>
public sealed class IdempotentHotplugTests : ApiTest
{
    [Fact]
    public async Task Hotplug_SameKeyAndBody_FirstAnswerReplayedAndOneAssignment()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, Bare("vm-1"));
        using var first = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""", "plug-igd");
        var assignment = await first.ShouldBeJsonAsync(HttpStatusCode.Created);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));

        using var retry = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""", "plug-igd");

        (await retry.ShouldBeJsonAsync(HttpStatusCode.Created)).ShouldEqualJson(assignment);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await Client.ReadHistoryAsync(domain.Id())).Select(e => e.Text("kind")).ShouldBe(["assigned"]);
        (await Client.ReadDomainAsync(domain.Id()))["devices"]!.AsArray().ShouldHaveSingleItem().ShouldEqualJson(assignment);
    }

    [Fact]
    public async Task Hotplug_KeyedRefusal_ConflictReplayedAndRecordedOnce()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        using var first = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0" }""", "plug-xhci");
        var refused = await first.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");

        using var retry = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0" }""", "plug-xhci");

        // Each answer carries the trace of its own request; the rest is the first answer.
        var replayed = await retry.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused");
        replayed.Remove("traceId");
        refused.Remove("traceId");
        replayed.ShouldEqualJson(refused);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await Client.ReadHistoryAsync(domain.Id())).Select(e => e.Text("kind")).ShouldBe(["assigned", "refused"]);
    }

    [Fact]
    public async Task Hotplug_SameKeyOtherDevice_IdempotencyKeyReused()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, Bare("vm-1"));
        (await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""", "plug")).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var reuse = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0" }""", "plug");

        await reuse.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        (await Client.ReadDomainAsync(domain.Id()))["devices"]!.AsArray().Select(d => d.Text("sbdf")).ShouldBe([Igd]);
    }

    [Fact]
    public async Task Hotplug_KeyOfACreate_IdempotencyKeyReused()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        using var create = await Client.PostDomainAsync(Host, Bare("vm-1"), "one-key");
        var domain = await create.ShouldBeJsonAsync(HttpStatusCode.Created);

        using var reuse = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""", "one-key");

        await reuse.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        (await Client.ReadDomainAsync(domain.Id()))["devices"]!.AsArray().ShouldBeEmpty();
    }
}
