using System.Net;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>A plan is a dry run: whatever it finds, the host is left exactly as it was.</summary>
public sealed class PlanReadOnlyTests : ApiTest
{
    private const string Host = "xen-1";

    [Fact]
    public async Task Post_SeveralPlans_HostGenerationEtagAndDocumentUnchanged()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());
        using var before = await Client.GetHostAsync(Host);
        var document = await before.ShouldBeJsonAsync(HttpStatusCode.OK);
        Api.Clock.Advance(TimeSpan.FromHours(1));

        string[] plans =
        [
            PlanRequests.ProductExample,
            """{ "memoryMiB": 4096, "rdm": { "strategy": "host", "policy": "strict" }, "rdmMemBoundaryMiB": 4096 }""",
            """{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:1f.3" }, { "sbdf": "00:14.0", "rdmPolicy": "relaxed" } ] }""",
            """{ "memoryMiB": 131072 }""",
        ];
        var feasible = new List<bool>();
        foreach (var body in plans)
        {
            feasible.Add((await Client.PlanAsync(Host, body))["feasible"]!.GetValue<bool>());
        }

        feasible.ShouldBe([true, false, false, false]);
        using var after = await Client.GetHostAsync(Host);
        (await after.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(document);
        after.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(1));
        before.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(1));
        document["generation"]!.GetValue<long>().ShouldBe(1);
    }

    [Fact]
    public async Task Post_SamePlanTwice_SameAnswer()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var first = await Client.PlanAsync(Host, PlanRequests.ProductExample);
        var second = await Client.PlanAsync(Host, PlanRequests.ProductExample);

        second.ShouldEqualJson(first);
    }
}
