using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Concurrency;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Placements.Fleet;

namespace Placement.Api.Tests.Placements;

/// <summary>POST /v1/domains: the service places the domain and creates it there.</summary>
public sealed class PlacedCreateTests : ApiTest
{
    [Fact]
    public async Task CreatePlaced_TwinGpus_CreatedOnTheBestCandidateWithTheDeviceItWouldChoose()
    {
        await Client.CreateHostAsync("xen-small", Host(16384, Gpu("0000:01:00.0")));
        await Client.CreateHostAsync("xen-big", Host(65536, Gpu("0000:01:00.0", rmrr: InRam), Gpu("0000:02:00.0")));
        var candidate = (await Client.ReadPlacementAsync(OneGpu()))["candidates"]![0]!;

        using var response = await Client.CreatePlacedAsync(OneGpu());

        var domain = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location.ShouldBe(DomainRequests.Absolute($"/v1/domains/{domain["id"]!.GetValue<string>()}"));
        domain["host"]!.GetValue<string>().ShouldBe(candidate["host"]!.GetValue<string>());
        domain["host"]!.GetValue<string>().ShouldBe("xen-big");
        domain.Devices().ShouldBe(candidate.Devices());
        domain.Devices().ShouldBe(["0000:02:00.0"]);
        domain["name"]!.GetValue<string>().ShouldBe("vm-42");
        domain["placement"]!.ShouldEqualJson(JsonNode.Parse("""
            {
              "hosts": { "architecture": null, "labels": {}, "names": null },
              "deviceRequests": [ { "name": "gpu", "count": 1, "vendorId": "0x10de", "deviceId": "0x20b0", "classCode": null, "labels": {}, "rdmPolicy": "strict" } ],
              "sameNumaNode": false,
              "strategy": "spread",
              "devices": [ { "request": "gpu", "sbdf": "0000:02:00.0", "rdmPolicy": "strict" } ]
            }
            """));
        (await Client.ReadDomainAsync(domain["id"]!.GetValue<string>())).ShouldEqualJson(domain);
    }

    [Fact]
    public async Task CreatePlaced_EveryCriterion_DomainKeepsThePlacementAsAsked()
    {
        await Client.CreateHostAsync("xen-r12", Host(65536, new JsonObject { ["rack"] = "r12" }, Gpu("0000:01:00.0", numa: 0), Gpu("0000:02:00.0", numa: 0)));
        var body = OneGpu("""
            {
              "hosts": { "architecture": "x86_64", "labels": { "rack": "r12" }, "names": [ "xen-r12" ] },
              "deviceRequests": [ { "name": "gpus", "count": 2, "vendorId": "0x10DE", "classCode": "0x0302", "labels": { "model": "a100" } } ],
              "sameNumaNode": true,
              "strategy": "pack"
            }
            """);

        var domain = await (await Client.CreatePlacedAsync(body)).ShouldBeJsonAsync(HttpStatusCode.Created);

        domain["placement"]!.ShouldEqualJson(JsonNode.Parse("""
            {
              "hosts": { "architecture": "x86_64", "labels": { "rack": "r12" }, "names": [ "xen-r12" ] },
              "deviceRequests": [ { "name": "gpus", "count": 2, "vendorId": "0x10de", "deviceId": null, "classCode": "0x0302", "labels": { "model": "a100" }, "rdmPolicy": null } ],
              "sameNumaNode": true,
              "strategy": "pack",
              "devices": [ { "request": "gpus", "sbdf": "0000:01:00.0", "rdmPolicy": "strict" }, { "request": "gpus", "sbdf": "0000:02:00.0", "rdmPolicy": "strict" } ]
            }
            """));
    }

    [Fact]
    public async Task CreatePlaced_EmulatedDevicesGiven_CandidateAndDomainBuiltWithThem()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0")));
        var body = OneGpu("""{ "vga": "stdvga", "nics": [ { "model": "e1000" } ] }""");
        var candidate = (await Client.ReadPlacementAsync(body))["candidates"]![0]!;

        var domain = await (await Client.CreatePlacedAsync(body)).ShouldBeJsonAsync(HttpStatusCode.Created);

        // 4096 MiB less stdvga's 16: 240 MiB above 4G (cirrus's 8 would leave 248).
        (candidate["layout"]!["lowMemEnd"]!.GetValue<string>(), candidate["layout"]!["highMemEnd"]!.GetValue<string>()).ShouldBe(("0xf0000000", "0x10f000000"));
        (domain["request"]!["vga"]!.GetValue<string>(), domain["request"]!["videoRamMiB"]!.GetValue<long>()).ShouldBe(("stdvga", 16L));
        domain["request"]!["nics"].ShouldEqualJson(JsonNode.Parse("""[ { "model": "e1000" } ]"""));
        // Platform 00:02.0, stdvga 00:03.0 (its framebuffer BAR the 16 MiB of video RAM), e1000 00:04.0 (128 KiB of registers).
        domain["layout"]!["bars"]!.AsArray().Where(b => b!["index"]!.GetValue<int>() == 0 && b["kind"]!.GetValue<string>() == "memory")
            .Select(b => (b!["sbdf"]!.GetValue<string>(), b["size"]!.GetValue<string>())).ShouldBe([("0000:00:03.0", "0x1000000"), ("0000:00:04.0", "0x20000")]);
    }

    [Fact]
    public async Task CreateOnNamedHost_NoPlacement()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0")));

        var domain = await Client.CreateDomainAsync("xen-1", """{ "name": "vm-1", "memoryMiB": 1024 }""");

        domain.AsObject().ContainsKey("placement").ShouldBeFalse();
    }

    [Fact]
    public async Task CreatePlaced_NoHostFits_ConflictWithTheCountsAndNothingCreated()
    {
        await Client.CreateHostAsync("xen-nics", Host(65536, Nic("0000:03:00.0")));
        await Client.CreateHostAsync("xen-gpu", Host(65536, Gpu("0000:01:00.0", rmrr: InRam)));

        using var response = await Client.CreatePlacedAsync(OneGpu());

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-host-fits");
        problem["evaluated"]!.GetValue<int>().ShouldBe(2);
        problem["rejected"]!.ShouldEqualJson(JsonNode.Parse("""{ "no-matching-device": 1, "rdm-conflict": 1 }"""));
        problem["detail"]!.GetValue<string>().ShouldContain("rdm-conflict on 1 host");
        problem["detail"]!.GetValue<string>().ShouldContain("rdmPolicy relaxed on that device request");
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
        var refusal = (await Client.ReadPlacementRefusalsAsync()).ShouldHaveSingleItem();
        refusal["id"]!.GetValue<long>().ShouldBe(problem["refusalId"]!.GetValue<long>());
        refusal["evaluated"]!.GetValue<int>().ShouldBe(2);
        refusal["rejected"]!.ShouldEqualJson(problem["rejected"]);
        var request = refusal["request"]!;
        (request["name"]!.GetValue<string>(), request["memoryMiB"]!.GetValue<long>(), request["strategy"]!.GetValue<string>()).ShouldBe(("vm-42", 4096L, "spread"));
        request["deviceRequests"]!.ShouldEqualJson(JsonNode.Parse("""
            [ { "name": "gpu", "count": 1, "vendorId": "0x10de", "deviceId": "0x20b0", "classCode": null, "labels": {}, "rdmPolicy": "strict" } ]
            """));
    }

    [Fact]
    public async Task CreatePlaced_WithoutName_NameRequired()
    {
        var body = OneGpu();
        body.Remove("name");

        using var response = await Client.CreatePlacedAsync(body);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations().ShouldBe([("name", "required")]);
    }

    [Fact]
    public async Task CreatePlaced_SameKeyAgain_ReplaysTheDomainAndCreatesNoOther()
    {
        await Client.CreateHostAsync("xen-1", Host(65536, Gpu("0000:01:00.0")));

        var first = await Answer.ReadAsync(Client.CreatePlacedAsync(OneGpu(), "key-1"));
        var again = await Answer.ReadAsync(Client.CreatePlacedAsync(OneGpu(), "key-1"));

        var domain = first.ShouldBeCreated();
        again.ShouldBeCreated().ShouldEqualJson(domain);
        again.Replayed.ShouldBeTrue();
        again.Location.ShouldBe(first.Location);
        (await Client.ListDomainIdsAsync()).ShouldBe([domain["id"]!.GetValue<string>()]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task CreatePlaced_TwelveAtOnceForEightGpusOnFourHosts_EightCreatedFourNoHostFitsOneOwnerEach(int replicas)
    {
        foreach (var host in new[] { "xen-a", "xen-b", "xen-c", "xen-d" })
        {
            await Client.CreateHostAsync(host, Host(262144, Gpu("0000:01:00.0"), Gpu("0000:02:00.0")));
        }

        await using var second = new PlacementApiFactory(Api.Database);
        using var secondClient = replicas == 2 ? second.CreateClient() : null;
        HttpClient[] clients = secondClient is null ? [Client] : [Client, secondClient];

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Answer.ReadAsync(clients[i % clients.Length].CreatePlacedAsync(OneGpu($$"""{ "name": "vm-{{i}}" }""")))));

        var created = answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.ShouldBeCreated()).ToList();
        created.Count.ShouldBe(8);
        answers.Where(a => a.Status != HttpStatusCode.Created).ShouldAllBe(a => a.Status == HttpStatusCode.Conflict && a.Body["code"]!.GetValue<string>() == "no-host-fits");
        created.Select(d => $"{d["host"]} {d.Devices().Single()}").Distinct().Count().ShouldBe(8);
        var refused = answers.Where(a => a.Status == HttpStatusCode.Conflict).Select(a => a.Body["refusalId"]!.GetValue<long>()).Order();
        (await Client.ReadPlacementRefusalsAsync()).Select(r => r["id"]!.GetValue<long>()).ShouldBe(refused);
        foreach (var host in new[] { "xen-a", "xen-b", "xen-c", "xen-d" })
        {
            (await LiveAssignments.OfHostAsync(Api.Database, host)).Select(a => a.Sbdf).ShouldBe(["0000:01:00.0", "0000:02:00.0"]);
        }
    }
}
