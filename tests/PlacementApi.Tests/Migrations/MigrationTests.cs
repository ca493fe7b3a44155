using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Domains;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Migrations.MigrationHosts;

namespace Placement.Api.Tests.Migrations;

/// <summary>POST /v1/domains/{id}/migrations that succeed: the domain keeps its layout, leaves its devices on the source and takes the target's.</summary>
public sealed class MigrationTests : ApiTest
{
    private static readonly DateTimeOffset Moved = DomainHosts.Start.AddMinutes(5);

    [Fact]
    public async Task Migrate_ToC_HostChangedLayoutKeptDevicesReleasedAndAttachedHistoryRecorded()
    {
        var vm = await CreateVmOnAAsync(Client);
        Api.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "c" }""");

        var moved = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var expected = vm.DeepClone().AsObject();
        expected["host"] = C;
        expected["devices"]![0]!["assignedAt"] = DomainRequests.At(Moved);
        moved.ShouldEqualJson(expected);
        moved["layout"]!.ToJsonString().ShouldBe(vm["layout"]!.ToJsonString());
        (await Client.ReadDomainAsync(vm.Id())).ShouldEqualJson(moved);

        var history = await Client.ReadHistoryAsync(vm.Id());
        history.Select(e => (e.Text("kind"), e.Text("host"), e!["fromHost"]?.GetValue<string>(), e!["sbdf"]?.GetValue<string>(), e!["at"]!.GetValue<DateTimeOffset>()))
            .ShouldBe(
            [
                ("assigned", A, null, Gpu, DomainHosts.Start),
                ("released", A, null, Gpu, Moved),
                ("migrated", C, A, null, Moved),
                ("assigned", C, null, Gpu, Moved),
            ]);
        var migrated = history[2]!.DeepClone().AsObject();
        migrated.Remove("id");
        migrated.ShouldEqualJson(JsonNode.Parse("""
            { "kind": "migrated", "host": "c", "fromHost": "a", "sbdf": null, "rdmPolicy": null, "outcome": null, "findings": [],
              "at": "2026-11-01T08:05:00+00:00", "caller": "test-admin" }
            """));

        // a's GPU is free: another domain can take it; c's is the moved domain's.
        var other = await Client.CreateDomainAsync(A, Vm("vm-2"));
        other["devices"]![0].Text("outcome").ShouldBe("assigned");
        var plan = await Client.PlanAsync(C, Vm("vm-3"));
        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        plan["findings"].Findings().ShouldBe([("error", "device-busy", null, Gpu)]);
        plan["findings"]![0].Text("message").ShouldBe($"Device {Gpu} is assigned to domain {vm.Id()}.");
    }

    [Fact]
    public async Task Migrate_ToBWithDeviceRelaxed_MovedWithWarningsInItsDeviceAndHistory()
    {
        var vm = await CreateVmOnAAsync(Client);

        using var response = await Client.MigrateAsync(vm.Id(), """{ "target": "b", "devices": [ { "sbdf": "03:00.0", "rdmPolicy": "relaxed" } ] }""");

        var moved = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        moved.Text("host").ShouldBe(B);
        moved["layout"].ShouldEqualJson(vm["layout"]);
        var device = moved["devices"]!.AsArray().ShouldHaveSingleItem()!;
        (device.Text("rdmPolicy"), device.Text("outcome")).ShouldBe(("relaxed", "assigned-with-warnings"));
        device["findings"].ShouldEqualJson(new JsonArray(ConflictOnB("warning")));
        var history = await Client.ReadHistoryAsync(vm.Id());
        history.Select(e => e.Text("kind")).ShouldBe(["assigned", "released", "migrated", "assigned"]);
        history[2]!["findings"].ShouldEqualJson(new JsonArray(ConflictOnB("warning")));
        history[3]!["findings"].ShouldEqualJson(new JsonArray(ConflictOnB("warning")));
    }

    [Fact]
    public async Task Migrate_WithNoDevices_MovedHoldingNone()
    {
        var vm = await CreateVmOnAAsync(Client);

        var moved = await Client.MigrateToAsync(vm.Id(), C);
        using var response = await Client.MigrateAsync(moved.Id(), """{ "target": "b", "devices": [] }""");

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK))["devices"]!.AsArray().ShouldBeEmpty();
        (await Client.ReadHistoryAsync(vm.Id())).Select(e => (e.Text("kind"), e.Text("host")))
            .ShouldBe([("assigned", A), ("released", A), ("migrated", C), ("assigned", C), ("released", C), ("migrated", B)]);
        (await Client.CreateDomainAsync(C, Vm("vm-2")))["devices"]![0].Text("outcome").ShouldBe("assigned");
    }

    [Fact]
    public async Task Migrate_TargetWithRmrrLeftOnGuestRam_MovedAndInfoKeptInHistory()
    {
        var vm = await CreateVmOnAAsync(Client);
        await Client.CreateHostAsync("e", WithUsbRmrrOnRam());

        var moved = await Client.MigrateToAsync(vm.Id(), "e");

        moved["devices"]![0].Text("outcome").ShouldBe("assigned");
        var history = await Client.ReadHistoryAsync(vm.Id());
        history[2]!["findings"].ShouldEqualJson(new JsonArray(UsbNotReserved("e")));
        history[3]!["findings"]!.AsArray().ShouldBeEmpty();
    }
}
