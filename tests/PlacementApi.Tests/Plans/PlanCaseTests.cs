using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>Every layout scenario of tests/cases through HTTP: the host PUT as written, the request POSTed as written.</summary>
public sealed class PlanCaseTests : ApiTest
{
    private const string Host = "xen-case";

    [Theory]
    [MemberData(nameof(LayoutCases.Names), MemberType = typeof(LayoutCases))]
    public async Task Post_LayoutCase_LayoutAsExpected(string name)
    {
        var scenario = LayoutCases.Get(name);
        var expect = scenario["expect"]!.AsObject();
        await Client.CreateHostAsync(Host, scenario["host"]!);

        using var response = await Client.PostPlanAsync(Host, scenario["request"]!);

        var plan = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var layout = plan["layout"]!;
        plan["feasible"]!.GetValue<bool>().ShouldBe(expect["feasible"]!.GetValue<bool>(), $"{name}: feasible");
        layout["lowMemEnd"]!.GetValue<string>().ShouldBe(expect["lowMemEnd"]!.GetValue<string>(), $"{name}: lowMemEnd");
        layout.AsObject().ContainsKey("highMemEnd").ShouldBeTrue($"{name}: highMemEnd is always written, null when there is no high RAM");
        Text(layout, "highMemEnd").ShouldBe(Text(expect, "highMemEnd"), $"{name}: highMemEnd");
        Reserved(layout["reservedDeviceMemory"]).ShouldBe(Reserved(expect["reservedDeviceMemory"]), $"{name}: reservedDeviceMemory");
        Findings(plan["findings"]).ShouldBe(Findings(expect["findings"]), $"{name}: findings");
        layout["guestMemoryMap"].ShouldEqualJson(expect["guestMemoryMap"]);
    }

    private static List<(string?, string?, string?, string?, string?)> Reserved(JsonNode? entries) =>
        (entries?.AsArray().ToList() ?? []).Select(e => (Text(e, "start"), Text(e, "end"), Text(e, "policy"), Text(e, "source"), Text(e, "status"))).ToList();

    private static List<(string?, string?, string?)> Findings(JsonNode? findings) =>
        (findings?.AsArray().ToList() ?? []).Select(f => (Text(f, "severity"), Text(f, "code"), Text(f, "start"))).ToList();

    private static string? Text(JsonNode? node, string property) => node?[property]?.GetValue<string>();
}
