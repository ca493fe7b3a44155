using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.Api.Tests.Plans;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.XlConfig;

/// <summary>POST /v1/imports/xl-config: the request an xl.cfg asks for, its notes, and the 4xx of a file xl cannot read.</summary>
public sealed class XlConfigImportApiTests : ApiTest
{
    // A comment inside the pci list, an unused key, the rdm= xl 4.15 onward drops, and a pci option the request has no field for.
    private const string Config = """
        name = "vm-1"
        type = "hvm"
        memory = 4096
        vcpus = 4
        vif = [ 'bridge=xenbr0,model=e1000' ]
        pci = [
            # the IGD
            '00:02.0,permissive=1,rdm_policy=relaxed',
        ]
        rdm = "strategy=host,policy=relaxed"

        """;

    [Fact]
    public async Task Post_XlConfig_RequestWithDefaultsAndNotes()
    {
        var answer = await Client.ImportXlConfigAsync(Config);

        answer.ShouldEqualJson(JsonNode.Parse("""
            {
              "request": { "name": "vm-1", "memoryMiB": 4096, "videoRamMiB": 8, "hap": true, "mmioHoleMiB": null,
                           "rdm": { "strategy": "host", "policy": "relaxed" }, "rdmMemBoundaryMiB": 2048, "firmware": "seabios",
                           "devices": [ { "sbdf": "0000:00:02.0", "rdmPolicy": "relaxed" } ],
                           "vga": "cirrus", "xenPlatformPci": true, "nics": [ { "model": "e1000" } ], "passthrough": "enabled" },
              "notes": [
                { "code": "key-not-used", "message": "vcpus does not change the placement or the layout: the request has no field for it.", "line": 4 },
                { "code": "pci-options-not-in-request", "message": "0000:00:02.0: permissive=1 is not in the request (it does not change the layout); the exported xl.cfg leaves it out.", "line": 8 },
                { "code": "rdm-policy-dropped-by-xl", "message": "rdm = \"strategy=host,policy=relaxed\": xl 4.15 onward silently drops an rdm= that has a valid policy= (an inverted check in libxlutil), and builds the domain with strategy ignore, global policy relaxed, and devices without their own rdm_policy strict; the request follows the documented meaning (host, relaxed). On current xl, give each pci entry its rdm_policy and write rdm = \"strategy=host\" without policy=.", "line": 10 }
              ]
            }
            """));
    }

    [Fact]
    public async Task Post_ImportedRequestToPlan_FeasiblePlanOfThoseSettings()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var request = (await Client.ImportXlConfigAsync(Config))["request"]!;

        var plan = await Client.PlanAsync(Host, request.ToJsonString());

        plan["feasible"]!.GetValue<bool>().ShouldBeTrue();
        plan["devices"]!.AsArray().Select(d => (d!["sbdf"]!.GetValue<string>(), d["rdmPolicy"]!.GetValue<string>())).ShouldBe([(Igd, "relaxed")]);
        plan["layout"]!["reservedDeviceMemory"]!.AsArray().Select(r => r!["source"]!.GetValue<string>()).ShouldBe(["host"]);
    }

    [Theory]
    [InlineData("name = \"a\"\ndisk = [\n 'x'\n 'y'\n]\n", 4, "xl-config-syntax-error", "a comma or ] after a list item")]
    [InlineData("name = \"a\"\r\nmemory = 1\r\n", 1, "xl-config-lexical-error", "a newline without a carriage return before it (xl reads only LF line ends)")]
    [InlineData("memory = 1\nvga = none\n", 2, "xl-config-syntax-error", "a quoted string, a number or [ (a bare word is not a value: quote it)")]
    public async Task Post_TextXlCannotRead_BadRequestWithLineAndExpected(string text, int line, string reason, string expected)
    {
        using var response = await Client.PostXlConfigAsync(text);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "import-unreadable");
        problem["reason"]!.GetValue<string>().ShouldBe(reason);
        problem["format"]!.GetValue<string>().ShouldBe("xl-config");
        problem["line"]!.GetValue<int>().ShouldBe(line);
        problem["expected"]!.GetValue<string>().ShouldBe(expected);
        problem["detail"]!.GetValue<string>().ShouldStartWith($"Line {line}: ");
    }

    [Fact]
    public async Task Post_Json_UnsupportedMediaType()
    {
        using var response = await Client.PostXlConfigAsync("""{ "memory": 1 }""", "application/json");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task Post_NoBody_BodyRequired()
    {
        using var response = await Client.PostXlConfigAsync("");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body-required");
    }

    [Fact]
    public async Task Post_LargerThanLimit_PayloadTooLarge()
    {
        using var response = await Client.PostXlConfigAsync(new string('#', 64 * 1024) + "\n");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body-too-large");
    }
}
