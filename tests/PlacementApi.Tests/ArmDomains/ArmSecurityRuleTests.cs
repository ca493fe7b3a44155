using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.ArmDomains;

/// <summary>§8's security rule over HTTP: a device no IOMMU protects goes only to a trusted direct-mapped domain, in plans, creates and hotplugs.</summary>
public sealed class ArmSecurityRuleTests : ApiTest
{
    [Fact]
    public async Task Plan_UnprotectedDeviceToAnOrdinaryDomain_Infeasible()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());

        using var response = await Client.PostAsync($"/v1/hosts/{ArmHosts.Name}/plans", HttpAssertions.Json(ArmHosts.Ordinary("vm-1", 256, ArmHosts.Unprotected)));

        var plan = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        var device = plan["devices"]!.AsArray().ShouldHaveSingleItem()!;
        device["outcome"]!.GetValue<string>().ShouldBe("refused");
        // Its SPI 33 is the host console's, not an ordinary domain's vPL011 SPI (32): no warning.
        device["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ShouldBe(["device-without-iommu"]);
    }

    [Fact]
    public async Task Create_UnprotectedDeviceToAnUntrustedDirectMappedDomain_RefusedAndRecorded()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());

        using var response = await Client.PostDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 256, trusted: false, ArmHosts.Unprotected));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        problem["findings"]!.AsArray().Where(f => f!["severity"]!.GetValue<string>() == "error")
            .Select(f => f!["code"]!.GetValue<string>()).ShouldBe(["device-without-iommu"]);
        var refusals = (await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/refusals"))["items"]!.AsArray();
        refusals.ShouldHaveSingleItem()!["request"]!["arm"]!["directMap"]!.GetValue<bool>().ShouldBeTrue();
        (await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/fragmentation"))["pool"]!["size"]!.GetValue<string>().ShouldBe("0x20000000");
    }

    [Fact]
    public async Task Create_UnprotectedDeviceToATrustedDirectMappedDomain_AssignedWithWarnings()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());

        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 256, trusted: true, ArmHosts.Unprotected));

        var device = domain["devices"]!.AsArray().ShouldHaveSingleItem()!;
        device["sbdf"]!.GetValue<string>().ShouldBe(ArmHosts.Unprotected);
        device["outcome"]!.GetValue<string>().ShouldBe("assigned-with-warnings");
        // Its SPI 33 is also the console's: the direct-mapped vPL011 takes the host console's SPI.
        device["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ShouldBe(["unprotected-device-trusted", "vpl011-spi-conflict"]);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.Conflict)]
    [InlineData(true, HttpStatusCode.Created)]
    public async Task Hotplug_UnprotectedDevice_OnlyIntoATrustedDirectMappedDomain(bool trusted, HttpStatusCode expected)
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 256, trusted));

        using var response = await Client.HotplugDeviceAsync(domain.Id(), ArmHosts.Unprotected);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        text.ShouldContain(trusted ? "\"unprotected-device-trusted\"" : "\"device-without-iommu\"");
        var held = (await Client.ReadDomainAsync(domain.Id()))["devices"]!.AsArray().Select(d => d!["sbdf"]!.GetValue<string>());
        held.ShouldBe(trusted ? [ArmHosts.Unprotected] : []);
    }

    [Fact]
    public async Task Hotplug_ProtectedDeviceIntoAnOrdinaryDomain_Assigned()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, ArmHosts.Ordinary("vm-1", 256));

        using var response = await Client.HotplugDeviceAsync(domain.Id(), ArmHosts.Protected);

        var assignment = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        assignment["outcome"]!.GetValue<string>().ShouldBe("assigned");
    }
}
