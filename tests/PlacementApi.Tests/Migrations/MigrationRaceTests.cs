using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Concurrency;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Migrations.MigrationHosts;

namespace Placement.Api.Tests.Migrations;

/// <summary>
/// Two migrations of one domain at once, to b2 and to c (both as compatible as c): the first holds
/// both its hosts and the domain when the second starts; the second, once let through, finds the
/// domain gone from the host it read and answers domain-moved. Forced by a gate on the history
/// inserts, which the first reaches with its locks taken.
/// </summary>
public sealed class MigrationRaceTests : ApiTest
{
    [Theory]
    [InlineData(A)]
    [InlineData("m")]
    public async Task Migrate_TwoAtOnceToDifferentHosts_OneMovesItOtherDomainMoved(string source)
    {
        // Source a sorts before b2 and c: each migration locks it first. Source m sorts after: each locks its target first.
        await CreateHostsAsync(Client);
        await Client.CreateHostAsync("b2", HostA());
        await Client.CreateHostAsync("m", HostA());
        var vm = await Client.CreateDomainAsync(source, Vm());
        await using var gate = await WriteGate.CloseAsync(Api.Database, "assignment_events", 0x5ca1ab1e);

        var first = Answer.ReadAsync(Client.MigrateAsync(vm.Id(), """{ "target": "b2" }"""));
        await gate.WaitAtGateAsync();
        var second = Answer.ReadAsync(Client.MigrateAsync(vm.Id(), """{ "target": "c" }"""));
        await gate.WaitForRowLockAsync();
        await gate.OpenAsync();
        var (moved, late) = (await first, await second);

        (moved.Status, moved.MediaType).ShouldBe((HttpStatusCode.OK, "application/json"), moved.Text);
        moved.Body.Text("host").ShouldBe("b2");
        late.Status.ShouldBe(HttpStatusCode.Conflict, late.Text);
        late.MediaType.ShouldBe("application/problem+json");
        var problem = late.Body;
        (problem.Text("code"), problem.Text("host")).ShouldBe(("domain-moved", "b2"));
        problem.Text("detail").ShouldBe($"Domain {vm.Id()} now runs on b2; check again from there.");
        (await Client.ReadDomainAsync(vm.Id())).ShouldEqualJson(JsonNode.Parse(moved.Text));
        (await Client.ReadHistoryAsync(vm.Id())).Select(e => (e.Text("kind"), e.Text("host")))
            .ShouldBe([("assigned", source), ("released", source), ("migrated", "b2"), ("assigned", "b2")]);
        (await LiveAssignments.OwnersAsync(Api.Database, "b2", Gpu)).ShouldBe([Guid.Parse(vm.Id())]);
        (await LiveAssignments.OwnersAsync(Api.Database, C, Gpu)).ShouldBeEmpty();
        (await LiveAssignments.OwnersAsync(Api.Database, source, Gpu)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Hotplug_WaitingWhileTheDomainMoves_RunsAgainstTheNewHost()
    {
        // The xHCI controller is on c only: checked against a's inventory it would be device-unknown.
        await Client.CreateHostAsync(A, HostA());
        await Client.CreateHostAsync(C, WithUsb());
        var vm = await Client.CreateDomainAsync(A, Vm());
        await using var gate = await WriteGate.CloseAsync(Api.Database, "assignment_events", 0x5ca1ab1f);

        var migration = Answer.ReadAsync(Client.MigrateAsync(vm.Id(), """{ "target": "c" }"""));
        await gate.WaitAtGateAsync();
        var hotplug = Answer.ReadAsync(Client.HotplugDeviceAsync(vm.Id(), Usb));
        await gate.WaitForRowLockAsync();
        await gate.OpenAsync();
        var (moved, plugged) = (await migration, await hotplug);

        (moved.Status, moved.MediaType).ShouldBe((HttpStatusCode.OK, "application/json"), moved.Text);
        moved.Body.Text("host").ShouldBe(C);
        plugged.ShouldBeCreated().Text("outcome").ShouldBe("assigned");
        (await Client.ReadDomainAsync(vm.Id()))["devices"]!.AsArray().Select(d => d.Text("sbdf")).ShouldBe([Gpu, Usb]);
        (await LiveAssignments.OwnersAsync(Api.Database, C, Usb)).ShouldBe([Guid.Parse(vm.Id())]);
    }
}
