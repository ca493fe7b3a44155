using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Migrations.MigrationHosts;

namespace Placement.Api.Tests.Migrations;

/// <summary>POST /v1/domains/{id}/migration-checks on the hosts: a verdict per target against the domain's fixed layout, ranked.</summary>
public sealed class MigrationCheckTests : ApiTest
{
    private static JsonObject Result(string host, string verdict, string outcome, string policy, params JsonObject[] findings) => new()
    {
        ["host"] = host,
        ["verdict"] = verdict,
        ["freeMemoryMiB"] = 65536,
        ["devices"] = new JsonArray(new JsonObject
        {
            ["sbdf"] = Gpu, ["rdmPolicy"] = policy, ["outcome"] = outcome, ["findings"] = new JsonArray([.. findings.Select(f => f.DeepClone())]),
        }),
        ["findings"] = new JsonArray([.. findings]),
    };

    /// <summary>The result of a target that named no devices: the GPU stands for the domain's, at the same address.</summary>
    private static JsonObject Mapped(JsonObject result)
    {
        result["devices"]![0]!["from"] = Gpu;
        return result;
    }

    [Fact]
    public async Task Check_TargetsOmitted_EveryOtherX86HostCompatibleCBeforeIncompatibleB()
    {
        var vm = await CreateVmOnAAsync(Client);
        var history = await Client.ReadHistoryAsync(vm.Id());

        var check = await Client.CheckMigrationAsync(vm.Id());

        // Not a (its own host), not d-arm (arm64).
        check.ShouldEqualJson(new JsonObject
        {
            ["results"] = new JsonArray(Mapped(Result(C, "compatible", "assigned", "strict")), Mapped(Result(B, "incompatible", "refused", "strict", ConflictOnB("error")))),
            ["evaluated"] = 2,
        });
        (await Client.ReadHistoryAsync(vm.Id())).ShouldEqualJson(history);
    }

    [Fact]
    public async Task Check_BWithDeviceRelaxed_CompatibleWithWarnings()
    {
        var vm = await CreateVmOnAAsync(Client);

        var check = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "b", "devices": [ { "sbdf": "03:00.0", "rdmPolicy": "relaxed" } ] } ] }""");

        check["results"].ShouldEqualJson(new JsonArray(Result(B, "compatible-with-warnings", "assigned-with-warnings", "relaxed", ConflictOnB("warning"))));
        check["evaluated"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Check_NamedTargetsWithUnknownHost_RankedWithHostUnknownLast()
    {
        var vm = await CreateVmOnAAsync(Client);

        var check = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "b" }, { "host": "zz" }, { "host": "c" } ] }""");

        check.Verdicts().ShouldBe([(C, "compatible"), (B, "incompatible"), ("zz", "incompatible")]);
        check["results"]![2].ShouldEqualJson(JsonNode.Parse("""
            { "host": "zz", "verdict": "incompatible", "freeMemoryMiB": 0, "devices": [],
              "findings": [ { "severity": "error", "code": "host-unknown", "message": "There is no host named 'zz'.", "start": null, "end": null, "sbdf": null } ] }
            """));
    }

    [Fact]
    public async Task Check_ArmAndOwnHostNamed_ArchitectureMismatchAndSameHost()
    {
        var vm = await CreateVmOnAAsync(Client);

        var check = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "d-arm" }, { "host": "a" } ] }""");

        check.Verdicts().ShouldBe([(Arm, "incompatible"), (A, "incompatible")]);
        check["results"]!.AsArray().Select(r => r!["findings"]!.AsArray().Select(f => (f.Text("code"), f.Text("message"))).ToList()).ShouldBe(
        [
            [("architecture-mismatch", "Host d-arm is arm64; the domain is x86_64.")],
            [("same-host", "The domain runs on a already.")],
        ]);
    }

    [Fact]
    public async Task Check_Limit_TopResultsEvaluatedCountsEvery()
    {
        var vm = await CreateVmOnAAsync(Client);

        var check = await Client.CheckMigrationAsync(vm.Id(), """{ "limit": 1 }""");

        check.Verdicts().ShouldBe([(C, "compatible")]);
        check["evaluated"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task Check_LiveDomainOnTargetHoldsNameDeviceAndMemory_EachReportedUntilDestroyed()
    {
        var vm = await CreateVmOnAAsync(Client);
        var holder = await Client.CreateDomainAsync(C,
            $$"""{ "name": "vm-1", "memoryMiB": 61441, "rdm": { "strategy": "host", "policy": "strict" }, "devices": [ { "sbdf": "{{Gpu}}" } ] }""");

        var busy = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "c" } ] }""");
        await Client.ShouldDestroyDomainAsync(holder.Id());
        var free = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "c" } ] }""");

        var result = busy["results"]!.AsArray().ShouldHaveSingleItem()!;
        (result.Text("verdict"), result["freeMemoryMiB"]!.GetValue<long>()).ShouldBe(("incompatible", 4095));
        result["findings"]!.AsArray().Select(f => (f.Text("code"), f.Text("message"))).ShouldBe(
        [
            ("domain-name-taken", $"Domain {holder.Id()} on c is named 'vm-1' too."),
            ("insufficient-memory", "The domain needs 4096 MiB; host c has 4095 MiB free."),
            ("device-busy", $"Device {Gpu} is assigned to domain {holder.Id()}."),
        ]);
        free.Verdicts().ShouldBe([(C, "compatible")]);
    }

    [Fact]
    public async Task Check_TargetRmrrOfAnotherDeviceOnGuestRam_InfoAndStillCompatible()
    {
        var vm = await CreateVmOnAAsync(Client);
        await Client.CreateHostAsync("e", WithUsbRmrrOnRam());

        var check = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "e" } ] }""");

        var result = check["results"]!.AsArray().ShouldHaveSingleItem()!;
        result.Text("verdict").ShouldBe("compatible");
        result["devices"]![0].Text("outcome").ShouldBe("assigned");
        result["findings"].ShouldEqualJson(new JsonArray(UsbNotReserved("e")));
    }

    [Fact]
    public async Task Check_DestroyedDomain_DomainDestroyed()
    {
        var vm = await CreateVmOnAAsync(Client);
        await Client.ShouldDestroyDomainAsync(vm.Id());

        using var response = await Client.PostMigrationCheckAsync(vm.Id(), "{}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-destroyed");
        problem["detail"]!.GetValue<string>().ShouldContain(vm.Id());
    }

    [Fact]
    public async Task Check_UnknownDomain_DomainNotFound()
    {
        using var response = await Client.PostMigrationCheckAsync("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4", "{}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
        problem["detail"]!.GetValue<string>().ShouldContain("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4");
    }
}
