using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>The rules of rdm's regions (explicit), hosts and label (pool): 400 validation-failed with exactly the broken rule, its field, code and message.</summary>
public sealed class PlanStrategyValidationTests : ApiTest
{
    private const string Host = "xen-1";

    [Theory]
    [InlineData("""{ "strategy": "explicit" }""", "rdm.regions", "required", "regions is required with strategy explicit: at least one range to reserve.")]
    [InlineData("""{ "strategy": "explicit", "regions": [] }""", "rdm.regions", "required", "regions is required with strategy explicit: at least one range to reserve.")]
    [InlineData("""{ "strategy": "explicit", "regions": [ null ] }""", "rdm.regions[0]", "required", "regions is required.")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "end": "0x2000" } ] }""", "rdm.regions[0].start", "required", "start is required.")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "start": "0x1000", "end": "2000" } ] }""", "rdm.regions[0].end", "invalid-number",
        "end must be a 0x-prefixed hex string (\"0xab80a000\") or a non-negative integer.")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "start": "0x1000", "end": "0x2000" }, { "start": "0x90000800", "end": "0x90004000" } ] }""",
        "rdm.regions[1].start", "region-not-aligned", "start 0x90000800 is not 4 KiB aligned.")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "start": "0x90000000", "end": 2415935487 } ] }""", "rdm.regions[0].end", "region-not-aligned",
        "end 0x90003fff is not 4 KiB aligned. end is exclusive: for an inclusive end of 0x90003fff write 0x90004000.")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "start": "0x90000000", "end": "0x90000000" } ] }""", "rdm.regions[0].end", "region-empty",
        "end must lie above start 0x90000000; ranges are [start, end).")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "start": "0x90004000", "end": "0x90000000" } ] }""", "rdm.regions[0].end", "region-empty",
        "end must lie above start; ranges are [start, end).")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "start": "0xffffffffff000", "end": "0x10000000001000" } ] }""", "rdm.regions[0].end",
        "region-beyond-address-space", "end 0x10000000001000 lies beyond the physical address space (top 0x10000000000000).")]
    [InlineData("""{ "strategy": "pool" }""", "rdm.hosts", "required", "Strategy pool needs hosts or label.")]
    [InlineData("""{ "strategy": "pool", "hosts": [] }""", "rdm.hosts", "required", "hosts names at least one host.")]
    [InlineData("""{ "strategy": "pool", "hosts": ["xen-2"], "label": "rack=r12" }""", "rdm.label", "not-allowed", "Strategy pool takes hosts or label, not both.")]
    [InlineData("""{ "strategy": "pool", "hosts": ["xen-2", null] }""", "rdm.hosts[1]", "required", "hosts is required.")]
    [InlineData("""{ "strategy": "pool", "hosts": ["Xen-2"] }""", "rdm.hosts[0]", "invalid-host-name",
        "'Xen-2' is not a host name: a host name is 1 to 63 characters of lower-case letters a-z, digits 0-9, '.' and '-', starting with a letter or digit.")]
    [InlineData("""{ "strategy": "pool", "hosts": ["xen-2", "xen-3", "xen-2"] }""", "rdm.hosts[2]", "duplicate", "Host xen-2 is listed twice (first at rdm.hosts[0]).")]
    [InlineData("""{ "strategy": "pool", "label": "rack" }""", "rdm.label", "invalid-label", "label is key=value, e.g. rack=r12, with a key and value as host labels have them.")]
    [InlineData("""{ "strategy": "pool", "label": "rack=r 12" }""", "rdm.label", "invalid-label", "label is key=value, e.g. rack=r12, with a key and value as host labels have them.")]
    [InlineData("""{ "strategy": "pool", "label": "rack=r12", "regions": [ { "start": "0x1000", "end": "0x2000" } ] }""", "rdm.regions", "not-allowed",
        "regions is only allowed with strategy explicit, not pool.")]
    [InlineData("""{ "strategy": "explicit", "regions": [ { "start": "0x1000", "end": "0x2000" } ], "hosts": ["xen-2"] }""", "rdm.hosts", "not-allowed",
        "hosts is only allowed with strategy pool, not explicit.")]
    [InlineData("""{ "strategy": "host", "label": "rack=r12" }""", "rdm.label", "not-allowed", "label is only allowed with strategy pool, not host.")]
    [InlineData("""{ "regions": [ { "start": "0x1000", "end": "0x2000" } ] }""", "rdm.regions", "not-allowed",
        "regions is only allowed with strategy explicit, not ignore (the default).")]
    [InlineData("""{ "strategy": "all", "hosts": ["xen-2"] }""", "rdm.strategy", "invalid-value", "strategy must be one of ignore, host, explicit, pool.")]
    public async Task Post_BrokenRdmRule_ViolationWithCodeAndMessage(string rdm, string field, string code, string message)
    {
        var problem = await ShouldRejectAsync(PoolHosts.WithRdm(rdm), (field, code));

        problem["violations"]![0]!["message"]!.GetValue<string>().ShouldBe(message);
        problem["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe([message]);
    }

    [Theory]
    [InlineData(256, "regions", "explicit", null)]
    [InlineData(257, "regions", "explicit", "Strategy explicit takes at most 256 regions.")]
    [InlineData(64, "hosts", "pool", null)]
    [InlineData(65, "hosts", "pool", "A pool names at most 64 hosts.")]
    public async Task Post_ManyInputs_TooManyBeyondLimit(int count, string field, string strategy, string? message)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());
        var items = Enumerable.Range(0, count).Select(i => field == "regions"
            ? new JsonObject { ["start"] = 0x100000000L + (i * 0x2000L), ["end"] = 0x100000000L + (i * 0x2000L) + 0x1000 }
            : (JsonNode)$"xen-{i}");
        var body = new JsonObject
        {
            ["memoryMiB"] = 2048,
            ["rdm"] = new JsonObject { ["strategy"] = strategy, [field] = new JsonArray([.. items]) },
        };

        using var response = await Client.PostPlanAsync(Host, body);

        if (message is null)
        {
            // Within the limit the request is valid: a plan (regions), or hosts that do not exist (hosts).
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity);
            return;
        }

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([($"rdm.{field}", "too-many")]);
        problem["violations"]![0]!["message"]!.GetValue<string>().ShouldBe(message);
    }

    [Fact]
    public async Task Post_RegionAtTopOfWidestAddressSpace_Accepted()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var plan = await Client.PlanAsync(Host, PoolHosts.WithRdm("""{ "strategy": "explicit", "regions": [ { "start": "0xffffffffff000", "end": "0x10000000000000" } ] }"""));

        plan["layout"]!.Reserved().ShouldBe(["0xffffffffff000-0x10000000000000 relaxed explicit reserved"]);
    }

    [Fact]
    public async Task Post_SeveralBrokenRdmRules_AllListed()
    {
        await ShouldRejectAsync(
            PoolHosts.WithRdm("""{ "strategy": "explicit", "policy": "loose", "label": "rack", "regions": [ { "start": "0x1001" }, { "start": "0x3000", "end": "0x2000" } ] }"""),
            ("rdm.policy", "invalid-value"),
            ("rdm.label", "not-allowed"),
            ("rdm.regions[0].end", "required"),
            ("rdm.regions[1].end", "region-empty"));
    }

    private async Task<JsonObject> ShouldRejectAsync(string body, params (string Field, string Code)[] expected)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        using var response = await Client.PostPlanAsync(Host, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe(expected, ignoreOrder: true);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(expected.Select(e => e.Field).Distinct(), ignoreOrder: true);
        return problem;
    }
}
