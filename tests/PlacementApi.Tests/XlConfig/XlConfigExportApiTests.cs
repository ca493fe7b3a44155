using System.Net;
using Placement.Api.Tests.ArmDomains;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.XlConfig;

/// <summary>GET /v1/domains/{id}/xl-config and /device-tree: the file that builds the domain, for its architecture only.</summary>
public sealed class XlConfigExportApiTests : ApiTest
{
    // Strategy host reserves the xHCI's RMRR above the 2 GiB boundary: low RAM moves below it, nothing is dropped.
    private const string Config = """
        name = "vm-1"
        type = "hvm"
        memory = 4096
        vga = "stdvga"
        videoram = 16
        vif = [ 'model=e1000' ]
        mmio_hole = 256
        rdm = "strategy=host"
        pci = [ '00:02.0,rdm_policy=relaxed' ]

        """;

    [Fact]
    public async Task Get_DomainCreatedFromXlConfig_ReimportsToTheDomainsRequest()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var imported = (await Client.ImportXlConfigAsync(Config))["request"]!;
        var domain = await Client.CreateDomainAsync(Host, imported);

        var text = await Client.ReadTextAsync($"/v1/domains/{domain.Id()}/xl-config");
        var again = await Client.ImportXlConfigAsync(text);

        domain["request"].ShouldEqualJson(imported);
        again["request"].ShouldEqualJson(imported);
        again["notes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ShouldBe(["rdm-policy-undefined"]);
        text.Split('\n').Where(l => !l.StartsWith('#')).ShouldBe([
            "name = \"vm-1\"", "type = \"hvm\"", "memory = 4096", "vga = \"stdvga\"", "videoram = 16", "hap = 1", "bios = \"seabios\"",
            "xen_platform_pci = 1", "passthrough = \"enabled\"", "vif = [ 'model=e1000' ]", $"mmio_hole = {domain["layout"]!["mmioHoleMiBNeeded"]}",
            "rdm = \"strategy=host\"", "rdm_mem_boundary = 2048", "pci = [", "    '0000:00:02.0,rdm_policy=relaxed',", "]", "",
        ]);
    }

    [Fact]
    public async Task Get_XlConfigOfArmDomain_UnprocessablePointingAtDeviceTree()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Static("dm-1", 512, ("0x80000000", "0x90000000"), ("0x50000000", "0x60000000")));

        using var response = await Client.GetAsync($"/v1/domains/{domain.Id()}/xl-config");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "architecture-not-supported");
        problem["detail"]!.GetValue<string>().ShouldContain($"/v1/domains/{domain.Id()}/device-tree");
    }

    [Fact]
    public async Task Get_DeviceTreeOfArmDomain_TheLayoutsNode()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Static("dm-1", 512, ("0x80000000", "0x90000000"), ("0x50000000", "0x60000000")));

        var text = await Client.ReadTextAsync($"/v1/domains/{domain.Id()}/device-tree");

        text.ShouldBe(domain["arm"]!["deviceTree"]!.GetValue<string>());
        text.ShouldContain("xen,static-mem = <0x0 0x50000000 0x0 0x10000000 0x0 0x80000000 0x0 0x10000000>;");
    }

    [Fact]
    public async Task Get_DeviceTreeOfX86Domain_UnprocessablePointingAtXlConfig()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var response = await Client.GetAsync($"/v1/domains/{domain.Id()}/device-tree");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "architecture-not-supported");
        problem["detail"]!.GetValue<string>().ShouldContain($"/v1/domains/{domain.Id()}/xl-config");
    }

    [Theory]
    [InlineData("xl-config")]
    [InlineData("device-tree")]
    public async Task Get_UnknownDomain_NotFound(string file)
    {
        using var response = await Client.GetAsync($"/v1/domains/{Guid.CreateVersion7()}/{file}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
    }
}
