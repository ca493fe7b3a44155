using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Migrations.MigrationHosts;

namespace Placement.Api.Tests.Migrations;

/// <summary>
/// Checks and moves that name no devices take the domain's A100 (10de:20b0, at 0000:03:00.0 on a)
/// to an A100 of the target: at the same address if it is free there, else at another address.
/// </summary>
public sealed class EquivalentDeviceMigrationTests : ApiTest
{
    private const string Gpu4 = "0000:04:00.0";
    private const string Gpu5 = "0000:05:00.0";

    private static JsonObject A100(string sbdf, string deviceId = "0x20b0") => new()
    {
        ["sbdf"] = sbdf,
        ["description"] = "GPU",
        ["iommuProtected"] = true,
        ["vendorId"] = "0x10de",
        ["deviceId"] = deviceId,
        ["bars"] = new JsonArray(new JsonObject { ["index"] = 0, ["kind"] = "memory", ["size"] = "0x1000000", ["is64Bit"] = false }),
    };

    /// <summary>A host like a whose devices are <paramref name="devices"/>, without RMRRs.</summary>
    private static JsonObject HostWith(params JsonObject[] devices)
    {
        var host = HostA();
        host["devices"] = new JsonArray(devices);
        host["reservedRegions"] = new JsonArray();
        return host;
    }

    /// <summary>Host a with the domain on it; g has an A100 at 04:00.0 and another model at 03:00.0.</summary>
    private async Task<JsonObject> CreateVmAndGAsync()
    {
        var a = HostA();
        a["devices"]![0]!["vendorId"] = "0x10de";
        a["devices"]![0]!["deviceId"] = "0x20b0";
        await Client.CreateHostAsync(A, a);
        await Client.CreateHostAsync("g", HostWith(A100(Gpu, "0x2236"), A100(Gpu4)));
        return await Client.CreateDomainAsync(A, Vm());
    }

    private static JsonObject Mapped(string to) => new()
    {
        ["from"] = Gpu, ["sbdf"] = to, ["rdmPolicy"] = "strict", ["outcome"] = "assigned", ["findings"] = new JsonArray(),
    };

    [Fact]
    public async Task CheckAndMigrate_A100AtAnotherAddress_MappedThereAndTheHistoryNamesIt()
    {
        var vm = await CreateVmAndGAsync();

        var check = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "g" } ] }""");
        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "g" }""");

        check.Verdicts().ShouldBe([("g", "compatible")]);
        check["results"]![0]!["devices"].ShouldEqualJson(new JsonArray(Mapped(Gpu4)));
        var moved = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        moved.Text("host").ShouldBe("g");
        moved["devices"]!.AsArray().Select(d => (d.Text("sbdf"), d.Text("rdmPolicy"), d.Text("outcome"))).ShouldBe([(Gpu4, "strict", "assigned")]);
        var history = await Client.ReadHistoryAsync(vm.Id());
        history.Select(e => (e.Text("kind"), e.Text("host"), e!["sbdf"]?.GetValue<string>()))
            .ShouldBe([("assigned", A, Gpu), ("released", A, Gpu), ("migrated", "g", null), ("assigned", "g", Gpu4)]);
    }

    [Fact]
    public async Task Check_A100HeldByAnotherDomain_NotTaken()
    {
        var vm = await CreateVmAndGAsync();
        await Client.CreateHostAsync("h", HostWith(A100(Gpu4), A100(Gpu5)));
        await Client.CreateHostAsync("k", HostWith(A100(Gpu4)));
        await Client.CreateDomainAsync("h", $$"""{ "name": "other", "memoryMiB": 1024, "devices": [ { "sbdf": "{{Gpu4}}" } ] }""");
        await Client.CreateDomainAsync("k", $$"""{ "name": "other", "memoryMiB": 1024, "devices": [ { "sbdf": "{{Gpu4}}" } ] }""");

        var check = await Client.CheckMigrationAsync(vm.Id(), """{ "targets": [ { "host": "h" }, { "host": "k" } ] }""");

        check.Verdicts().ShouldBe([("h", "compatible"), ("k", "incompatible")]);
        check["results"]![0]!["devices"].ShouldEqualJson(new JsonArray(Mapped(Gpu5)));
        var left = check["results"]![1]!["devices"]!.AsArray().ShouldHaveSingleItem()!;
        (left.Text("from"), left.Text("sbdf"), left["findings"]![0].Text("code")).ShouldBe((Gpu, Gpu, "device-unknown"));
    }

    [Fact]
    public async Task Check_Fleet_HostWithAFreeA100ElsewhereCompatible()
    {
        var vm = await CreateVmAndGAsync();
        await Client.CreateHostAsync("n", HostWith(A100(Gpu4, "0x2236")));

        var check = await Client.CheckMigrationAsync(vm.Id());

        check.Verdicts().ShouldBe([("g", "compatible"), ("n", "incompatible")]);
        check["results"]![0]!["devices"].ShouldEqualJson(new JsonArray(Mapped(Gpu4)));
        check["results"]![1]!["findings"].Findings().ShouldBe([("error", "device-unknown", null, Gpu)]);
    }
}
