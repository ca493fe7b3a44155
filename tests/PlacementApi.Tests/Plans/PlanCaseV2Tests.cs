using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>
/// The second set of layout scenarios over HTTP: the plan as the file expects it (BARs of bus 0,
/// findings with their BAR, 400 rules), then each step (create, hotplug, host update, reboot) with
/// the answer it expects.
/// </summary>
public sealed class PlanCaseV2Tests : ApiTest
{
    private const string Host = "xen-case";

    [Theory]
    [MemberData(nameof(LayoutCases.V2Names), MemberType = typeof(LayoutCases))]
    public async Task Case_PlanThenSteps_AnswersAsTheFileSays(string name)
    {
        var scenario = LayoutCases.Get(name);
        var expect = scenario["expect"]!.AsObject();
        await Client.CreateHostAsync(Host, scenario["host"]!);

        using var response = await Client.PostPlanAsync(Host, scenario["request"]!);

        if (Status(expect) == 400)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
            problem.Violations().Select(v => v.Code).ShouldContain(Text(expect, "code"), name);
            return;
        }

        var plan = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        plan["feasible"]!.GetValue<bool>().ShouldBe(expect["feasible"]!.GetValue<bool>(), $"{name}: feasible");
        ShouldMatchLayout(plan["layout"]!, expect, name);
        Findings(plan["findings"]).ShouldBe(Findings(expect["findings"]), $"{name}: findings");

        string? domain = null;
        foreach (var step in scenario["steps"]?.AsArray() ?? [])
        {
            domain = await RunAsync(step!.AsObject(), scenario, domain, name);
        }
    }

    private async Task<string?> RunAsync(JsonObject step, JsonObject scenario, string? domain, string name)
    {
        var expect = step["expect"]!.AsObject();
        var op = Text(step, "op");
        var context = $"{name}: {op}";
        switch (op)
        {
            case "create":
                var body = scenario["request"]!.DeepClone().AsObject();
                body["name"] = "vm-case";
                using (var created = await Client.PostDomainAsync(Host, body))
                {
                    var answer = await ShouldAnswerAsync(created, expect, "domain-refused", context);
                    return created.StatusCode == HttpStatusCode.Created ? answer["id"]!.GetValue<string>() : domain;
                }

            case "hotplug":
                var device = new JsonObject { ["sbdf"] = Text(step, "sbdf") };
                if (step["rdmPolicy"] is { } policy)
                {
                    device["rdmPolicy"] = policy.DeepClone();
                }

                using (var plugged = await Client.HotplugAsync(domain!, device.ToJsonString()))
                {
                    var answer = await ShouldAnswerAsync(plugged, expect, "device-refused", context);
                    if (plugged.StatusCode == HttpStatusCode.Created)
                    {
                        Text(answer, "outcome").ShouldBe(Text(expect, "outcome"), context);
                        Findings(answer["findings"]).ShouldBe(Findings(expect["findings"]), context);
                    }
                }

                return domain;

            case "updateHost":
                using (var updated = await Client.PutHostAsync(Host, step["host"]!))
                {
                    ((int)updated.StatusCode).ShouldBe(Status(expect), $"{context}: {await updated.Content.ReadAsStringAsync()}");
                }

                return domain;

            case "reboot":
                using (var rebooted = await Client.PostAsync($"/v1/domains/{domain}/reboot", null))
                {
                    var answer = await ShouldAnswerAsync(rebooted, expect, "reboot-refused", context);
                    if (rebooted.StatusCode == HttpStatusCode.OK)
                    {
                        ShouldMatchLayout(answer["layout"]!, expect, context);
                    }
                }

                return domain;

            default:
                throw new InvalidDataException($"{name}: unknown step {op}.");
        }
    }

    /// <summary>The status the step expects; a refusal's code and findings.</summary>
    private static async Task<JsonObject> ShouldAnswerAsync(HttpResponseMessage response, JsonObject expect, string refusal, string context)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(Status(expect), $"{context}: {body}");
        var answer = JsonNode.Parse(body)!.AsObject();
        if (Status(expect) == 409)
        {
            Text(answer, "code").ShouldBe(Text(expect, "code") ?? refusal, context);
            Findings(answer["findings"]).ShouldBe(Findings(expect["findings"]), context);
        }

        return answer;
    }

    /// <summary>The layout fields the expectation names: RAM ends, the hole (a feasible plan's), reserved regions, BARs.</summary>
    private static void ShouldMatchLayout(JsonNode layout, JsonObject expect, string context)
    {
        Text(layout, "lowMemEnd").ShouldBe(Text(expect, "lowMemEnd"), $"{context}: lowMemEnd");
        Text(layout, "highMemEnd").ShouldBe(Text(expect, "highMemEnd"), $"{context}: highMemEnd");
        if (expect.ContainsKey("mmioHoleStart"))
        {
            Text(layout, "mmioHoleStart").ShouldBe(Text(expect, "mmioHoleStart"), $"{context}: mmioHoleStart");
        }

        Rows(layout["reservedDeviceMemory"], "start", "end", "policy", "source", "status")
            .ShouldBe(Rows(expect["reservedDeviceMemory"], "start", "end", "policy", "source", "status"), $"{context}: reservedDeviceMemory");
        if (expect["bars"] is { } bars)
        {
            string[] fields = ["sbdf", "index", "kind", "size", "is64Bit", "hostSbdf", "start", "end", "window"];
            Rows(layout["bars"], fields).ShouldBe(Rows(bars, fields), $"{context}: bars");
        }
    }

    /// <summary>Severity, code and start; for a finding about a BAR also its slot and index.</summary>
    private static List<string> Findings(JsonNode? findings) =>
        (findings?.AsArray().ToList() ?? []).Select(f => f?["index"] is { } index
            ? $"{Text(f, "severity")} {Text(f, "code")} {Text(f, "start")} {Text(f, "sbdf")} {index}"
            : $"{Text(f, "severity")} {Text(f, "code")} {Text(f, "start")}").ToList();

    private static List<string> Rows(JsonNode? entries, params string[] fields) =>
        (entries?.AsArray().ToList() ?? []).Select(e => string.Join(' ', fields.Select(f => e?[f]?.ToJsonString() ?? "-"))).ToList();

    private static int Status(JsonObject expect) => expect["status"]!.GetValue<int>();

    private static string? Text(JsonNode? node, string property) => node?[property]?.GetValue<string>();
}
