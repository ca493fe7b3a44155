using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Domains;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Migrations.MigrationHosts;

namespace Placement.Api.Tests.Migrations;

/// <summary>Migrations that move nothing: an incompatible target (recorded), a destroyed or unknown domain, an unknown host.</summary>
public sealed class MigrationRefusedTests : ApiTest
{
    [Fact]
    public async Task Migrate_ToBStrict_MigrationRefusedRecordedAndNothingMoved()
    {
        var vm = await CreateVmOnAAsync(Client);
        Api.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "b" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "migration-refused");
        problem.Text("title").ShouldBe("The domain cannot move to b: nothing moved.");
        problem.Text("detail").ShouldBe(ConflictOnB("error").Text("message"));
        problem.Text("verdict").ShouldBe("incompatible");
        problem["findings"].ShouldEqualJson(new JsonArray(ConflictOnB("error")));
        problem["devices"].ShouldEqualJson(JsonNode.Parse($$"""
            [ { "from": "{{Gpu}}", "sbdf": "{{Gpu}}", "rdmPolicy": "strict", "outcome": "refused", "findings": [ {{ConflictOnB("error").ToJsonString()}} ] } ]
            """));

        var history = await Client.ReadHistoryAsync(vm.Id());
        history.Select(e => e.Text("kind")).ShouldBe(["assigned", "refused"]);
        history[1]!["id"]!.GetValue<long>().ShouldBe(problem["refusalId"]!.GetValue<long>());
        var refusal = history[1]!.DeepClone().AsObject();
        refusal.Remove("id");
        refusal.ShouldEqualJson(new JsonObject
        {
            ["kind"] = "refused", ["host"] = B, ["fromHost"] = A, ["sbdf"] = null, ["rdmPolicy"] = null, ["outcome"] = "refused",
            ["findings"] = new JsonArray(ConflictOnB("error")), ["at"] = DomainRequests.At(DomainHosts.Start.AddMinutes(5)), ["caller"] = "test-admin",
        });
        (await Client.ReadDomainAsync(vm.Id())).ShouldEqualJson(vm);
        (await Client.PlanAsync(B, Vm("vm-2")))["feasible"]!.GetValue<bool>().ShouldBeTrue();
        (await Client.GetJsonAsync($"/v1/hosts/{B}/refusals"))["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_ToOwnHost_MigrationRefusedSameHostOnly()
    {
        var vm = await CreateVmOnAAsync(Client);

        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "a" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "migration-refused");
        problem["findings"].Findings().ShouldBe([("error", "same-host", null, null)]);
        problem.Text("detail").ShouldBe("The domain runs on a already.");
        (await Client.ReadDomainAsync(vm.Id())).ShouldEqualJson(vm);
    }

    [Fact]
    public async Task Migrate_DestroyedDomain_DomainDestroyedAndNothingRecorded()
    {
        var vm = await CreateVmOnAAsync(Client);
        await Client.ShouldDestroyDomainAsync(vm.Id());
        var history = await Client.ReadHistoryAsync(vm.Id());

        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "c" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-destroyed");
        problem.Text("detail").ShouldContain(vm.Id());
        (await Client.ReadHistoryAsync(vm.Id())).ShouldEqualJson(history);
        (await Client.ReadDomainAsync(vm.Id())).Text("host").ShouldBe(A);
    }

    [Fact]
    public async Task Migrate_UnknownHost_HostNotFound()
    {
        var vm = await CreateVmOnAAsync(Client);

        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "zz" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
        problem.Text("detail").ShouldBe("There is no host named 'zz'.");
        (await Client.ReadHistoryAsync(vm.Id())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Migrate_UnknownDomain_DomainNotFound()
    {
        await CreateHostsAsync(Client);

        using var response = await Client.MigrateAsync("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4", """{ "target": "c" }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
        problem.Text("detail").ShouldContain("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4");
    }
}
