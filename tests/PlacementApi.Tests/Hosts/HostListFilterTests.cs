using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.TestSupport;

namespace Placement.Api.Tests.Hosts;

/// <summary>GET /v1/hosts filters (architecture, every label=key=value must match) and its summaries.</summary>
public sealed class HostListFilterTests : ApiTest
{
    [Theory]
    [InlineData("architecture=x86_64", "x86-a,x86-b,x86-c")]
    [InlineData("architecture=arm64", "arm-a")]
    [InlineData("label=rack=r12", "arm-a,x86-a,x86-b")]
    [InlineData("label=gpu=igd", "x86-a,x86-c")]
    [InlineData("label=rack=r12&label=gpu=igd", "x86-a")]
    [InlineData("label=rack=r12&label=gpu=none", "")]
    [InlineData("architecture=arm64&label=gpu=igd", "")]
    [InlineData("architecture=x86_64&label=rack=r12", "x86-a,x86-b")]
    public async Task List_Filter_OnlyMatchingHostsInNameOrder(string query, string expected)
    {
        await Client.CreateHostAsync("x86-c", Inventories.Laptop().Edited("""{ "labels": { "rack": "r13", "gpu": "igd" } }"""));
        await Client.CreateHostAsync("x86-a", Inventories.Laptop().Edited("""{ "labels": { "rack": "r12", "gpu": "igd" } }"""));
        await Client.CreateHostAsync("x86-b", Inventories.Laptop().Edited("""{ "labels": { "rack": "r12" } }"""));
        await Client.CreateHostAsync("arm-a", Inventories.Arm().Edited("""{ "labels": { "rack": "r12", "gpu": "mali" } }"""));

        using var response = await Client.GetAsync($"/v1/hosts?{query}");

        var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>())
            .ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
        page["nextCursor"].ShouldBeNull();
    }

    [Fact]
    public async Task List_Items_AreSummariesWithCounts()
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        await Client.CreateHostAsync("arm-1", Inventories.Arm());
        Api.Clock.Advance(TimeSpan.FromHours(1));
        using var replace = await Client.PutHostAsync("arm-1", Inventories.Arm().Edited("""{ "devices": [] }"""));
        await replace.ShouldBeJsonAsync(HttpStatusCode.OK);

        using var response = await Client.GetAsync("/v1/hosts");

        var expected = JsonNode.Parse("""
            {
              "items": [
                { "name": "arm-1", "architecture": "arm64", "memoryMiB": 131072, "iommu": true, "labels": { "rack": "r12" },
                  "deviceCount": 0, "reservedRegionCount": 0, "generation": 3 },
                { "name": "xen-1", "architecture": "x86_64", "memoryMiB": 65536, "iommu": true, "labels": { "rack": "r12" },
                  "deviceCount": 2, "reservedRegionCount": 2, "generation": 1 }
              ],
              "nextCursor": null
            }
            """)!;
        expected["items"]![0]!["updatedAt"] = JsonAssertions.Written(TestClock.Start + TimeSpan.FromHours(1));
        expected["items"]![1]!["updatedAt"] = JsonAssertions.Written(TestClock.Start);
        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(expected);
    }

    [Theory]
    [InlineData("architecture=sparc", "architecture", "invalid-value")]
    [InlineData("architecture=X86_64", "architecture", "invalid-value")]
    [InlineData("label=rack", "label", "invalid-label")]
    [InlineData("label==r12", "label", "invalid-label")]
    [InlineData("label=a%00b=x", "label", "invalid-label")]
    [InlineData("label=rack=r%00", "label", "invalid-label")]
    public async Task List_BadFilter_ValidationFailed(string query, string field, string code)
    {
        using var response = await Client.GetAsync($"/v1/hosts?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([(field, code)]);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
    }

    [Fact]
    public async Task List_SeveralBadParameters_AllListed()
    {
        using var response = await Client.GetAsync("/v1/hosts?architecture=sparc&label=rack&limit=0&cursor=@@@");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe(
            [("architecture", "invalid-value"), ("label", "invalid-label"), ("limit", "out-of-range"), ("cursor", "invalid-cursor")],
            ignoreOrder: true);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["architecture", "label", "limit", "cursor"], ignoreOrder: true);
    }
}
