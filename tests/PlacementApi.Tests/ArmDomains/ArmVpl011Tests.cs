using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.ArmDomains;

/// <summary>
/// arm.vpl011 over HTTP: a direct-mapped domain's vPL011 needs the host's console UART; with
/// vpl011 false the domain has none, and its request says so.
/// </summary>
public sealed class ArmVpl011Tests : ApiTest
{
    private const string Message =
        "The host lists no console UART, and a direct-mapped domain's vPL011 takes the host UART's address and SPI (Xen refuses it otherwise): " +
        "set arm.vpl011 false, or register the host's console UART.";

    [Fact]
    public async Task Plan_DirectMappedOnAHostWithoutConsoleUart_InfeasibleWithTheFinding()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory(console: false));

        using var response = await Client.PostAsync($"/v1/hosts/{ArmHosts.Name}/plans", HttpAssertions.Json(ArmHosts.Auto("dm-1", 256)));

        var plan = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        plan["feasible"]!.GetValue<bool>().ShouldBeFalse();
        var finding = plan["findings"]!.AsArray().ShouldHaveSingleItem()!;
        (finding["severity"]!.GetValue<string>(), finding["code"]!.GetValue<string>()).ShouldBe(("error", "vpl011-needs-host-uart"));
        finding["message"]!.GetValue<string>().ShouldBe(Message);
        plan["arm"]!["vpl011"].ShouldBeNull();
    }

    [Fact]
    public async Task Create_DirectMappedOnAHostWithoutConsoleUart_RefusedAndNothingHeld()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory(console: false));

        using var response = await Client.PostDomainAsync(ArmHosts.Name, ArmHosts.Auto("dm-1", 256));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-refused");
        problem["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ShouldBe(["vpl011-needs-host-uart"]);
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
        (await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/fragmentation"))["pool"]!["size"]!.GetValue<string>().ShouldBe("0x20000000");
    }

    [Fact]
    public async Task Create_Vpl011Off_CreatedWithoutConsole_AndTheRequestSaysSo()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory(console: false));
        var body = ArmHosts.Auto("dm-1", 256);
        body["arm"]!["vpl011"] = false;

        var domain = await Client.CreateDomainAsync(ArmHosts.Name, body);

        domain["findings"]!.AsArray().ShouldBeEmpty();
        var arm = domain["arm"]!.AsObject();
        arm.ContainsKey("vpl011").ShouldBeTrue();
        arm["vpl011"].ShouldBeNull();
        arm["deviceTree"]!.GetValue<string>().ShouldNotContain("vpl011");
        arm["deviceTree"]!.GetValue<string>().ShouldContain("direct-map;");
        domain["request"]!["arm"]!.ToJsonString().ShouldBe(
            """{"vcpus":1,"directMap":true,"trusted":false,"allocation":"auto","staticMemory":null,"vpl011":false}""");
        (await Client.ReadDomainAsync(domain.Id())).ToJsonString().ShouldBe(domain.ToJsonString());
    }

    [Fact]
    public async Task Hotplug_DeviceOnTheConsolesSpi_IntoADomainWithoutVpl011_NoWarning()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        var body = ArmHosts.Auto("dm-1", 256, trusted: true);
        body["arm"]!["vpl011"] = false;
        var domain = await Client.CreateDomainAsync(ArmHosts.Name, body);

        // The unprotected device raises SPI 33, the host console's.
        using var response = await Client.HotplugDeviceAsync(domain.Id(), ArmHosts.Unprotected);

        var assignment = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        assignment["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ShouldBe(["unprotected-device-trusted"]);
    }

    [Fact]
    public async Task Plan_Vpl011NotABool_MalformedRequestNamingTheField()
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());

        using var response = await Client.PostAsync($"/v1/hosts/{ArmHosts.Name}/plans",
            HttpAssertions.Json(ArmHosts.Domain("vm-1", 256, new JsonObject { ["vpl011"] = "no" })));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["arm.vpl011"]);
    }
}
