using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>A create with any error finding: 409 with the plan's findings, nothing created, the refusal recorded on the host.</summary>
public sealed class DomainCreateRefusedTests : ApiTest
{
    [Fact]
    public async Task Post_DeviceHeldByLiveDomain_DomainRefusedAndNothingCreated()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var holder = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        Api.Clock.Advance(TimeSpan.FromMinutes(3));

        using var response = await Client.PostDomainAsync(Host, WithIgd("vm-2"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        response.Headers.Location.ShouldBeNull();
        var busy = JsonNode.Parse($$"""
            { "severity": "error", "code": "device-busy", "message": "Device 0000:00:02.0 is assigned to domain {{holder.Id()}}.",
              "start": null, "end": null, "sbdf": "0000:00:02.0" }
            """)!;
        problem["title"]!.GetValue<string>().ShouldBe("The domain cannot be created: nothing was created.");
        problem["detail"]!.GetValue<string>().ShouldBe($"Device 0000:00:02.0 is assigned to domain {holder.Id()}.");
        problem["findings"].ShouldEqualJson(new JsonArray(busy.DeepClone()));
        problem["devices"].ShouldEqualJson(new JsonArray(new JsonObject
        {
            ["sbdf"] = Igd, ["rdmPolicy"] = "strict", ["outcome"] = "refused", ["findings"] = new JsonArray(busy.DeepClone()),
        }));
        (await Client.ListDomainIdsAsync()).ShouldBe([holder.Id()]);

        using var refusals = await Client.GetAsync($"/v1/hosts/{Host}/refusals");
        var refusal = (await refusals.ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().ShouldHaveSingleItem()!;
        refusal["id"]!.GetValue<long>().ShouldBe(problem["refusalId"]!.GetValue<long>());
        refusal["findings"].ShouldEqualJson(problem["findings"]);
        refusal["at"].ShouldEqualJson(DomainRequests.At(Start.AddMinutes(3)));
        refusal["request"]!["name"]!.GetValue<string>().ShouldBe("vm-2");
        refusal["request"]!["memoryMiB"]!.GetValue<long>().ShouldBe(4096);
        refusal["request"]!["devices"].ShouldEqualJson(JsonNode.Parse("""[ { "sbdf": "0000:00:02.0", "rdmPolicy": null } ]"""));
    }

    [Fact]
    public async Task Post_StrictRdmConflict_DomainRefusedAndRefusalKeepsRequest()
    {
        // Boundary 3 GiB: the RMRR at 2.5 GiB is not moved around, and strict refuses the conflict.
        await Client.CreateHostAsync(Host, Hotplug());
        const string Body = """{ "name": "vm-1", "memoryMiB": 4096, "rdm": { "strategy": "host", "policy": "strict" }, "rdmMemBoundaryMiB": 3072 }""";

        using var response = await Client.PostDomainAsync(Host, Body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        problem["detail"]!.GetValue<string>().ShouldBe("RDM conflict at 0xa0000000. The region [0xa0000000, 0xa3800000) of 0000:00:14.0 lies in guest RAM at or below rdmMemBoundaryMiB (3072): rdmMemBoundaryMiB 2559 moves low RAM below it; rdmPolicy relaxed boots with it as RAM (the device may misbehave).");
        problem["findings"].ShouldEqualJson(JsonNode.Parse("""
            [ { "severity": "error", "code": "rdm-conflict", "message": "RDM conflict at 0xa0000000. The region [0xa0000000, 0xa3800000) of 0000:00:14.0 lies in guest RAM at or below rdmMemBoundaryMiB (3072): rdmMemBoundaryMiB 2559 moves low RAM below it; rdmPolicy relaxed boots with it as RAM (the device may misbehave).",
                "start": "0xa0000000", "end": "0xa3800000", "sbdf": null } ]
            """));
        problem["devices"]!.AsArray().ShouldBeEmpty();
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
        using var refusals = await Client.GetAsync($"/v1/hosts/{Host}/refusals");
        var refusal = (await refusals.ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().ShouldHaveSingleItem()!;
        refusal["id"]!.GetValue<long>().ShouldBe(problem["refusalId"]!.GetValue<long>());
        refusal["request"].ShouldEqualJson(JsonNode.Parse("""
            { "name": "vm-1", "memoryMiB": 4096, "videoRamMiB": 8, "hap": true, "mmioHoleMiB": null,
              "rdm": { "strategy": "host", "policy": "strict" }, "rdmMemBoundaryMiB": 3072, "firmware": "seabios", "devices": [],
              "vga": "cirrus", "xenPlatformPci": true, "nics": [], "passthrough": "disabled" }
            """));
        refusal["findings"].ShouldEqualJson(problem["findings"]);
    }
}
