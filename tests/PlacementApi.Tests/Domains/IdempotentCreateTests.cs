using System.Net;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>Idempotency-Key on create: a retry gets the first answer and creates nothing; the key stands for one request.</summary>
public sealed class IdempotentCreateTests : ApiTest
{
    [Fact]
    public async Task Post_SameKeyAndBody_FirstAnswerReplayedAndOneDomain()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        using var first = await Client.PostDomainAsync(Host, WithIgd("vm-1"), "create-vm-1");
        var created = await first.ShouldBeJsonAsync(HttpStatusCode.Created);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));

        using var retry = await Client.PostDomainAsync(Host, WithIgd("vm-1"), "create-vm-1");

        (await retry.ShouldBeJsonAsync(HttpStatusCode.Created)).ShouldEqualJson(created);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        first.Headers.Location.ShouldBe(DomainRequests.Absolute(DomainRequests.DomainPath(created.Id())));
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await Client.ListDomainIdsAsync()).ShouldBe([created.Id()]);
        (await Client.ReadDomainAsync(created.Id())).ShouldEqualJson(created);
    }

    [Fact]
    public async Task Post_SameKeyOtherBody_IdempotencyKeyReusedAndNothingCreated()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var created = await (await Client.PostDomainAsync(Host, Bare("vm-1"), "k-1")).ShouldBeJsonAsync(HttpStatusCode.Created);

        using var reuse = await Client.PostDomainAsync(Host, Bare("vm-2"), "k-1");

        var problem = await reuse.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        problem["detail"]!.GetValue<string>().ShouldBe(
            "A key stands for one request: the same method, path and body. Use a new key for a new request.");
        reuse.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await Client.ListDomainIdsAsync()).ShouldBe([created.Id()]);
    }

    [Fact]
    public async Task Post_SameKeyOtherHost_IdempotencyKeyReused()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        await Client.CreateHostAsync("xen-2", NoRmrr());
        (await Client.PostDomainAsync(Host, Bare("vm-1"), "k-1")).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var reuse = await Client.PostDomainAsync("xen-2", Bare("vm-1"), "k-1");

        await reuse.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        (await Client.ListDomainIdsAsync("?host=xen-2")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_KeyedRefusedCreate_ConflictReplayedAndRecordedOnce()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var holder = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        using var first = await Client.PostDomainAsync(Host, WithIgd("vm-2"), "create-vm-2");
        var refused = await first.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        (await Client.DestroyDomainAsync(holder.Id())).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var retry = await Client.PostDomainAsync(Host, WithIgd("vm-2"), "create-vm-2");

        // The device is free now, yet the retry gets the first answer: the key stands for that attempt.
        // Each answer carries the trace of its own request; the rest is the first answer.
        var replayed = await retry.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        replayed["traceId"]!.GetValue<string>().ShouldNotBe(refused["traceId"]!.GetValue<string>());
        replayed.Remove("traceId");
        refused.Remove("traceId");
        replayed.ShouldEqualJson(refused);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await Client.ListDomainIdsAsync("?state=live")).ShouldBeEmpty();
        using var refusals = await Client.GetAsync($"/v1/hosts/{Host}/refusals");
        var items = (await refusals.ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
        items.Select(r => r!["id"]!.GetValue<long>()).ShouldBe([refused["refusalId"]!.GetValue<long>()]);
    }

    [Fact]
    public async Task Post_KeyedCreate_AnswerAsUnkeyedCreate()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        await Client.CreateHostAsync("xen-2", NoRmrr());
        using var keyed = await Client.PostDomainAsync(Host, WithIgd("vm-1"), "k-1");
        using var plain = await Client.PostDomainAsync("xen-2", WithIgd("vm-1"));

        var keyedBody = await keyed.ShouldBeJsonAsync(HttpStatusCode.Created);
        var plainBody = await plain.ShouldBeJsonAsync(HttpStatusCode.Created);

        keyedBody["host"] = "xen-2";
        keyedBody["id"] = plainBody.Id();
        keyedBody.ShouldEqualJson(plainBody);
    }
}
