using System.Net;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>Plans see what live domains hold: their devices, RMRRs shared with those devices, their memory; and not once destroyed.</summary>
public sealed class PlanOwnershipTests : ApiTest
{
    [Fact]
    public async Task Plan_DeviceHeldByLiveDomain_DeviceBusy()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var holder = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        var plan = await Client.PlanAsync(Host, """{ "memoryMiB": 1024, "devices": [ { "sbdf": "00:02.0" } ] }""");

        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        plan["devices"]![0].Text("outcome").ShouldBe("refused");
        plan["findings"].Findings().ShouldBe([("error", "device-busy", null, Igd)]);
        plan["findings"]![0].Text("message").ShouldBe($"Device 0000:00:02.0 is assigned to domain {holder.Id()}.");
    }

    [Fact]
    public async Task Plan_RmrrSharedWithDeviceOfLiveDomain_RmrrSharedWithOtherDomain()
    {
        // The xHCI RMRR is shared with an EHCI controller; a relaxed domain holds the xHCI (risky, but allowed).
        await Client.CreateHostAsync(Host, Inventories.Laptop().Edited("""
            { "devices[2]": { "sbdf": "0000:00:1a.0", "description": "USB EHCI" },
              "reservedRegions[0].devices": ["0000:00:14.0", "0000:00:1a.0"] }
            """));
        var holder = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 2048, "devices": [ { "sbdf": "00:14.0", "rdmPolicy": "relaxed" } ] }""");
        holder["devices"]![0].Text("outcome").ShouldBe("assigned-with-warnings");

        var plan = await Client.PlanAsync(Host, """{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:1a.0", "rdmPolicy": "relaxed" } ] }""");

        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        plan["devices"]![0].Text("outcome").ShouldBe("refused");
        plan["findings"].Findings().ShouldBe(
            [("warning", "shared-rmrr", "0xab80a000", "0000:00:1a.0"), ("error", "rmrr-shared-with-other-domain", "0xab80a000", "0000:00:1a.0")]);
        plan["findings"]![1].Text("message").ShouldBe(
            "RMRR [0xab80a000, 0xab81e000) of 0000:00:1a.0 is shared with 0000:00:14.0, which domain " + holder.Id() +
            " holds: one RMRR identity-mapped into two guests breaks isolation.");
    }

    [Fact]
    public async Task Plan_MoreThanMemoryLeftByLiveDomains_InsufficientMemory()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        await Client.CreateDomainAsync(Host, Bare("vm-1", 40960));
        await Client.CreateDomainAsync(Host, Bare("vm-2", 8192));

        var refused = await Client.PlanAsync(Host, """{ "memoryMiB": 16385 }""");
        var fits = await Client.PlanAsync(Host, """{ "memoryMiB": 16384 }""");

        refused["feasible"]!.GetValue<bool>().ShouldBeFalse();
        refused["findings"].Findings().ShouldBe([("error", "insufficient-memory", null, null)]);
        refused["findings"]![0].Text("message").ShouldBe("The domain needs 16385 MiB; the host has 16384 MiB free of 65536 MiB.");
        fits["feasible"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Plan_AfterHolderDestroyed_DeviceAndMemoryFree()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var holder = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 65536, "devices": [ { "sbdf": "00:02.0" } ] }""");
        (await Client.DestroyDomainAsync(holder.Id())).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var plan = await Client.PlanAsync(Host, """{ "memoryMiB": 65536, "devices": [ { "sbdf": "00:02.0" } ] }""");

        plan["feasible"]!.GetValue<bool>().ShouldBeTrue();
        plan["findings"]!.AsArray().ShouldBeEmpty();
        plan["devices"]![0].Text("outcome").ShouldBe("assigned");
    }
}
