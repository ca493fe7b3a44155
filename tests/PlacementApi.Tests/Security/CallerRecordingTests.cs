using System.Net;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Security;

/// <summary>Who did it: history lines, refusals and host writes carry the caller (the token's sub) as <c>caller</c>.</summary>
public sealed class CallerRecordingTests : ApiTest
{
    [Fact]
    public async Task PutHost_Operator_CallerOfTheLastWrite()
    {
        using var olga = Api.ClientAs("olga", "operator");
        using var oscar = Api.ClientAs("oscar", "operator");

        var created = await olga.CreateHostAsync(Host, NoRmrr());
        using var replaced = await oscar.PutHostAsync(Host, NoRmrr());

        created["caller"]!.GetValue<string>().ShouldBe("olga");
        (await replaced.ShouldBeJsonAsync(HttpStatusCode.OK))["caller"]!.GetValue<string>().ShouldBe("oscar");
        (await Client.GetJsonAsync(HostRequests.HostPath(Host)))["caller"]!.GetValue<string>().ShouldBe("oscar");
    }

    [Fact]
    public async Task History_CreateThenDestroy_EachLineNamesItsCaller()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        using var otto = Api.ClientAs("otto", "orchestrator");
        using var dora = Api.ClientAs("dora", "orchestrator");
        var domain = await otto.CreateDomainAsync(Host, WithIgd("vm-1"));

        await dora.ShouldDestroyDomainAsync(domain.Id());

        var lines = await Client.ReadHistoryAsync(domain.Id());
        lines.Select(l => (l.Text("kind"), l.Text("caller"))).ShouldBe([("assigned", "otto"), ("released", "dora")]);
    }

    [Fact]
    public async Task HostRefusal_RefusedCreate_NamesTheCaller()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        using var otto = Api.ClientAs("otto", "orchestrator");
        (await otto.PostDomainAsync(Host, WithIgd("vm-1"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var refused = await otto.PostDomainAsync(Host, WithIgd("vm-2"));

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        var refusal = (await Client.GetJsonAsync($"/v1/hosts/{Host}/refusals"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        refusal.Text("caller").ShouldBe("otto");
    }

    [Fact]
    public async Task PlacementRefusal_NoHostFits_NamesTheCaller()
    {
        using var otto = Api.ClientAs("otto", "orchestrator");

        using var refused = await otto.PostAsync("/v1/domains", HttpAssertions.Json("""{ "name": "vm-1", "memoryMiB": 1024 }"""));

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-host-fits");
        var refusal = (await Client.GetJsonAsync("/v1/placements/refusals"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        refusal.Text("caller").ShouldBe("otto");
    }

    [Fact]
    public async Task IdempotencyKey_TwoCallersSameKey_NeitherSeesTheOthersAnswer()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        using var alice = Api.ClientAs("alice", "orchestrator");
        using var bob = Api.ClientAs("bob", "orchestrator");
        var first = await (await alice.PostDomainAsync(Host, Bare("vm-1"), "same-key")).ShouldBeJsonAsync(HttpStatusCode.Created);

        // Bob's same key with his own body is his own key: created, not refused as a reused key.
        using var bobs = await bob.PostDomainAsync(Host, Bare("vm-2"), "same-key");
        // Bob's same key and Alice's body is not her answer replayed: it is run, and the name is taken.
        using var copied = await bob.PostDomainAsync(Host, Bare("vm-1"), "same-key-2");
        using var copiedKey = await bob.PostDomainAsync(Host, Bare("vm-1"), "same-key");
        using var aliceAgain = await alice.PostDomainAsync(Host, Bare("vm-1"), "same-key");

        var second = await bobs.ShouldBeJsonAsync(HttpStatusCode.Created);
        second.Id().ShouldNotBe(first.Id());
        bobs.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        await copied.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-name-taken");
        await copiedKey.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        (await aliceAgain.ShouldBeJsonAsync(HttpStatusCode.Created)).Id().ShouldBe(first.Id());
        aliceAgain.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
    }
}
