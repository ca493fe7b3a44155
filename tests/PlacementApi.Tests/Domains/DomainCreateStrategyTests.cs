using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Plans.PoolHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>Creates with strategies pool and explicit: the domain's request shows the strategy's inputs, its layout the ranges resolved at creation.</summary>
public sealed class DomainCreateStrategyTests : ApiTest
{
    private const string PoolOfHosts = """{ "strategy": "pool", "policy": "relaxed", "hosts": ["xen-2", "xen-3"] }""";

    [Fact]
    public async Task Post_PoolOfHosts_RequestEchoesPoolAndLayoutReservesUnion()
    {
        await Client.CreatePoolHostsAsync();

        var domain = await Client.CreateDomainAsync(Host, WithRdm(PoolOfHosts, """[ { "sbdf": "00:02.0" } ]"""));

        domain["request"]!["rdm"].ShouldEqualJson(JsonNode.Parse(PoolOfHosts));
        // xen-2's [0xae000000, 0xb0000000) holds none of xen-1's IGD [0xad000000, 0xaf800000): the IGD's RMRR is appended.
        domain["layout"]!.Reserved().ShouldBe([
            "0x90000000-0x90004000 relaxed pool reserved", "0xab80a000-0xab81e000 relaxed pool reserved",
            "0xae000000-0xb0000000 relaxed pool reserved", "0xad000000-0xaf800000 relaxed device reserved"]);
        (await Client.ReadDomainAsync(domain.Id())).ShouldEqualJson(domain);
    }

    [Fact]
    public async Task Post_ExplicitRegions_RequestEchoesThemAsGivenInHex()
    {
        await Client.CreatePoolHostsAsync();

        var domain = await Client.CreateDomainAsync(Host, WithRdm("""
            { "strategy": "explicit", "regions": [ { "start": 2415935488, "end": "0x90008000" }, { "start": "0x90000000", "end": "0x90006000" } ] }
            """));

        domain["request"]!["rdm"].ShouldEqualJson(JsonNode.Parse("""
            { "strategy": "explicit", "policy": null,
              "regions": [ { "start": "0x90004000", "end": "0x90008000" }, { "start": "0x90000000", "end": "0x90006000" } ] }
            """));
        domain["layout"]!.Reserved().ShouldBe(["0x90000000-0x90008000 relaxed explicit reserved"]);
    }

    [Fact]
    public async Task Hotplug_DeviceWhoseRmrrThePoolReserved_Assigned()
    {
        await Client.CreatePoolHostsAsync();
        var domain = await Client.CreateDomainAsync(Host, """
            { "name": "vm-1", "memoryMiB": 4096, "rdm": { "strategy": "pool", "label": "rack=r12" }, "devices": [ { "sbdf": "00:02.0" } ] }
            """);
        domain["layout"]!["lowMemEnd"]!.GetValue<string>().ShouldBe("0xab800000");

        using var hotplug = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0", "rdmPolicy": "strict" }""");

        (await hotplug.ShouldBeJsonAsync(HttpStatusCode.Created)).Text("outcome").ShouldBe("assigned");
    }

    [Fact]
    public async Task Post_PoolHostDeletedBeforeKeyedRetry_FirstAnswerReplayed()
    {
        await Client.CreatePoolHostsAsync();
        using var first = await Client.PostDomainAsync(Host, WithRdm(PoolOfHosts), "create-pool");
        var created = await first.ShouldBeJsonAsync(HttpStatusCode.Created);
        (await Client.DeleteHostAsync("xen-3")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var retry = await Client.PostDomainAsync(Host, WithRdm(PoolOfHosts), "create-pool");

        (await retry.ShouldBeJsonAsync(HttpStatusCode.Created)).ShouldEqualJson(created);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
    }

    [Fact]
    public async Task Post_PoolNamingUnknownHost_PoolHostNotFoundAndNothingRecorded()
    {
        await Client.CreatePoolHostsAsync();

        using var response = await Client.PostDomainAsync(Host, WithRdm("""{ "strategy": "pool", "hosts": ["xen-2", "xen-404"] }"""), "create-404");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "pool-host-not-found");
        problem["detail"]!.GetValue<string>().ShouldBe("There is no host named 'xen-404'.");
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
        (await Client.GetJsonAsync($"/v1/hosts/{Host}/refusals"))["items"]!.AsArray().ShouldBeEmpty();
    }
}
