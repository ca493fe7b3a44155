using System.Net;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Migrations.MigrationHosts;

namespace Placement.Api.Tests.Migrations;

/// <summary>
/// xen-rules §7, strategy pool: the union of the RMRRs of a, b and c is reserved at creation
/// (both above the 2 GiB boundary, so low RAM ends at 0x90000000 and nothing conflicts), and the
/// domain can move between any of the three with its device.
/// </summary>
public sealed class PoolMigrationTests : ApiTest
{
    private const string PooledVm = """
        { "name": "vm-1", "memoryMiB": 4096, "rdm": { "strategy": "pool", "policy": "strict", "hosts": ["a", "b", "c"] },
          "devices": [ { "sbdf": "0000:03:00.0" } ] }
        """;

    [Fact]
    public async Task Check_CreatedWithPoolOverABC_CompatibleWithAllThree()
    {
        await CreateHostsAsync(Client);
        var vm = await Client.CreateDomainAsync(A, PooledVm);
        vm["layout"]!["lowMemEnd"]!.GetValue<string>().ShouldBe("0x90000000");

        var fromA = await Client.CheckMigrationAsync(vm.Id());
        var moved = await Client.MigrateToAsync(vm.Id(), B);
        var fromB = await Client.CheckMigrationAsync(vm.Id());

        fromA.Verdicts().ShouldBe([(B, "compatible"), (C, "compatible")]);
        moved["layout"].ShouldEqualJson(vm["layout"]);
        moved["devices"]![0].Text("outcome").ShouldBe("assigned");
        fromB.Verdicts().ShouldBe([(A, "compatible"), (C, "compatible")]);
        using var back = await Client.MigrateAsync(vm.Id(), """{ "target": "a" }""");
        (await back.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("host").ShouldBe(A);
    }
}
