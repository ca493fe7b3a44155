using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Migrations.MigrationHosts;

namespace Placement.Api.Tests.Migrations;

/// <summary>Once moved, the domain belongs to its new host: hotplug meets that host's inventory, lists and host writes see it there.</summary>
public sealed class AfterMigrationTests : ApiTest
{
    /// <summary>The domain moved from a to a copy of c that also has an xHCI controller without RMRR.</summary>
    private async Task<JsonObject> MovedToCWithUsbAsync()
    {
        await Client.CreateHostAsync(A, HostA());
        await Client.CreateHostAsync(C, WithUsb());
        var vm = await Client.CreateDomainAsync(A, Vm());
        return await Client.MigrateToAsync(vm.Id(), C);
    }

    [Fact]
    public async Task Hotplug_DeviceOnlyTheNewHostHas_Created()
    {
        var vm = await MovedToCWithUsbAsync();

        using var hotplug = await Client.HotplugDeviceAsync(vm.Id(), Usb);

        (await hotplug.ShouldBeJsonAsync(HttpStatusCode.Created)).Text("outcome").ShouldBe("assigned");
        (await Client.ReadDomainAsync(vm.Id()))["devices"]!.AsArray().Select(d => d.Text("sbdf")).ShouldBe([Gpu, Usb]);
    }

    [Fact]
    public async Task ListByHost_AfterMove_ListedUnderTheNewHostOnly()
    {
        var vm = await MovedToCWithUsbAsync();

        (await Client.ListDomainIdsAsync($"?host={C}")).ShouldBe([vm.Id()]);
        (await Client.ListDomainIdsAsync($"?host={A}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task DeleteHost_AfterMove_OldHostFreeNewHostInUse()
    {
        var vm = await MovedToCWithUsbAsync();

        using var deleteC = await Client.DeleteHostAsync(C);
        using var deleteA = await Client.DeleteHostAsync(A);

        var problem = await deleteC.ShouldBeProblemAsync(HttpStatusCode.Conflict, "host-in-use");
        problem["conflicts"]!.AsArray().ShouldHaveSingleItem()!.Text("message").ShouldBe($"Domain vm-1 ({vm.Id()}) lives on the host.");
        deleteA.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Client.ReadDomainAsync(vm.Id())).Text("host").ShouldBe(C);
    }

    [Fact]
    public async Task Destroy_AfterMove_ReleasesOnTheNewHost()
    {
        var vm = await MovedToCWithUsbAsync();

        await Client.ShouldDestroyDomainAsync(vm.Id());

        (await Client.ReadHistoryAsync(vm.Id())).Select(e => (e.Text("kind"), e.Text("host")))
            .ShouldBe([("assigned", A), ("released", A), ("migrated", C), ("assigned", C), ("released", C)]);
        (await Client.CreateDomainAsync(C, Vm("vm-2")))["devices"]![0].Text("outcome").ShouldBe("assigned");
    }
}
