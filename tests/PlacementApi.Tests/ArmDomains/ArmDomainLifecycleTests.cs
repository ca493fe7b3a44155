using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.ArmDomains;

/// <summary>Direct-mapped domains over HTTP: their banks, what they see, reboot keeping the banks, destroy freeing them.</summary>
public sealed class ArmDomainLifecycleTests : ApiTest
{
    [Fact]
    public async Task Create_StaticDirectMap_AnswersBanksGicConsoleAndDeviceTree()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());

        var domain = await Client.CreateDomainAsync(ArmHosts.Name,
            ArmHosts.Static("dm-1", 512, ("0x80000000", "0x90000000"), ("0x50000000", "0x60000000")));

        domain["layout"].ShouldBeNull();
        var arm = domain["arm"]!;
        arm["directMapped"]!.GetValue<bool>().ShouldBeTrue();
        ArmHosts.Banks(domain).ShouldBe([("0x50000000", "0x60000000"), ("0x80000000", "0x90000000")]);
        arm["gic"]!.ToJsonString().ShouldBe("""{"version":2,"distributor":{"start":"0x8000000","end":"0x8001000"},"cpuInterface":{"start":"0x8010000","end":"0x8012000"},"redistributors":[]}""");
        arm["vpl011"]!.ToJsonString().ShouldBe("""{"start":"0x9000000","end":"0x9001000","spi":33}""");
        arm["deviceTree"]!.GetValue<string>().ShouldContain("xen,static-mem = <0x0 0x50000000 0x0 0x10000000 0x0 0x80000000 0x0 0x10000000>;");
        arm["deviceTree"]!.GetValue<string>().ShouldContain("direct-map;");
        domain["request"]!["arm"]!.ToJsonString().ShouldBe(
            """{"vcpus":2,"directMap":true,"trusted":false,"allocation":"static","staticMemory":[{"start":"0x80000000","end":"0x90000000"},{"start":"0x50000000","end":"0x60000000"}],"vpl011":true}""");
        domain["request"]!["videoRamMiB"].ShouldBeNull();
        (await Client.ReadDomainAsync(domain.Id())).ToJsonString().ShouldBe(domain.ToJsonString());
    }

    [Fact]
    public async Task Create_Auto_DrawsFromThePool_ThenOutsideIt()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());

        var first = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 384));
        var second = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-2", 128));
        var third = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-3", 256));

        first["request"]!["arm"]!["allocation"]!.GetValue<string>().ShouldBe("auto");
        // 256 MiB then 128 MiB, adjacent in the pool: one bank.
        ArmHosts.Banks(first).ShouldBe([("0x80000000", "0x98000000")]);
        ArmHosts.Banks(second).ShouldBe([("0x98000000", "0xa0000000")]);
        ArmHosts.Banks(third).ShouldBe([("0x40000000", "0x50000000")]);
    }

    [Fact]
    public async Task Reboot_KeepsTheBanks_RecordsIt_AndTheBanksStayTaken()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 256));

        var rebooted = await Client.RebootAsync(domain.Id());

        rebooted.ToJsonString().ShouldBe(domain.ToJsonString());
        var history = await Client.ReadHistoryAsync(domain.Id());
        history.Select(l => l!["kind"]!.GetValue<string>()).ShouldBe(["rebooted"]);
        using var overlapping = await Client.PostDomainAsync(ArmHosts.Name, ArmHosts.Static("dm-2", 128, ("0x88000000", "0x90000000")));
        var problem = await overlapping.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        var busy = problem["findings"]!.AsArray().ShouldHaveSingleItem()!;
        busy["code"]!.GetValue<string>().ShouldBe("static-memory-busy");
        busy["message"]!.GetValue<string>().ShouldContain(domain.Id());
    }

    [Fact]
    public async Task Reboot_DestroyedDomain_Conflict()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 256));
        await Client.ShouldDestroyDomainAsync(domain.Id());

        using var response = await Client.PostAsync($"/v1/domains/{domain.Id()}/reboot", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-destroyed");
    }

    [Fact]
    public async Task Destroy_FreesTheBanksForDirectMappedDomains_ButNotForTheHeap()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory(pool: false));
        var before = await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/fragmentation");
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Static("dm-1", 256, ("0x50000000", "0x60000000")));
        var held = await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/fragmentation");

        await Client.ShouldDestroyDomainAsync(domain.Id());

        var after = await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/fragmentation");
        before["free"]!.ToJsonString().ShouldBe("""{"size":"0x7f000000","blocks":1,"largestBlock":{"start":"0x40000000","end":"0xbf000000"}}""");
        held["free"]!.ToJsonString().ShouldBe("""{"size":"0x6f000000","blocks":2,"largestBlock":{"start":"0x60000000","end":"0xbf000000"}}""");
        after["free"]!.ToJsonString().ShouldBe(before["free"]!.ToJsonString());
        before["heap"]!["capacity"]!.GetValue<string>().ShouldBe("0x7f000000");
        after["heap"]!["capacity"]!.GetValue<string>().ShouldBe("0x6f000000");
        var again = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Static("dm-2", 256, ("0x50000000", "0x60000000")));
        ArmHosts.Banks(again).ShouldBe([("0x50000000", "0x60000000")]);
        using var ordinary = await Client.PostDomainAsync(ArmHosts.Name, ArmHosts.Ordinary("vm-1", 1800));
        var problem = await ordinary.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        problem["findings"]!.AsArray().ShouldHaveSingleItem()!["code"]!.GetValue<string>().ShouldBe("insufficient-memory");
    }

    [Fact]
    public async Task Plan_Auto_TooLarge_InsufficientContiguousMemoryWithTheLargestBlock()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());

        using var response = await Client.PostAsync($"/v1/hosts/{ArmHosts.Name}/plans", HttpAssertions.Json(ArmHosts.Auto("dm-1", 4096)));

        var plan = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        var finding = plan["findings"]!.AsArray().ShouldHaveSingleItem()!;
        finding["code"]!.GetValue<string>().ShouldBe("insufficient-contiguous-memory");
        // The pool is a region of its own: a bank never spans its edge, so the largest block ends there.
        (finding["start"]!.GetValue<string>(), finding["end"]!.GetValue<string>()).ShouldBe(("0x40000000", "0x80000000"));
        plan["arm"]!["banks"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_KeyedAndRetried_SameAnswerAndTheBanksHeldOnce()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var body = ArmHosts.Auto("dm-1", 256);

        using var first = await Client.PostDomainAsync(ArmHosts.Name, body, "arm-create-1");
        using var retry = await Client.PostDomainAsync(ArmHosts.Name, body, "arm-create-1");

        var created = await first.ShouldBeJsonAsync(HttpStatusCode.Created);
        (await retry.ShouldBeJsonAsync(HttpStatusCode.Created)).ToJsonString().ShouldBe(created.ToJsonString());
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        var fragmentation = await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/fragmentation");
        fragmentation["pool"]!["size"]!.GetValue<string>().ShouldBe("0x10000000");
        (await Client.ListDomainIdsAsync()).ShouldBe([created.Id()]);
    }
}
