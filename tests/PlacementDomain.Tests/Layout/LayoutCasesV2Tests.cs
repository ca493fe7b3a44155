using System.Text.Json.Nodes;
using Placement.Domain.Layout;

namespace Placement.Domain.Tests.Layout;

/// <summary>
/// The plans of tests/cases/layout-public-v2.json (emulated devices, BARs as hvmloader places them,
/// firmware pages, passthrough and maxmem) come out as the file says; a 400 case breaks the rule it
/// names. Its steps (create, hotplug, host update, reboot) run over HTTP.
/// </summary>
public sealed class LayoutCasesV2Tests
{
    private const string CasesFile = "layout-public-v2.json";

    public static TheoryData<string> Names => new(LayoutCase.Load(CasesFile).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Plan_PublicCaseV2_MatchesExpectation(string name)
    {
        var scenario = LayoutCase.Load(CasesFile).Single(c => c.Name == name);
        var expect = scenario.Expect;
        if (expect["status"]?.GetValue<int>() == 400)
        {
            RequestRules.Check(scenario.Request).Select(v => v.Code).ShouldContain(expect["code"]!.GetValue<string>());
            return;
        }

        RequestRules.Check(scenario.Request).ShouldBeEmpty();
        var plan = LayoutPlanner.Plan(scenario.Host, scenario.Request);

        plan.Feasible.ShouldBe(expect["feasible"]!.GetValue<bool>());
        plan.LowMemEnd.ToString().ShouldBe(expect["lowMemEnd"]!.GetValue<string>(), "lowMemEnd");
        (plan.HighMemEnd?.ToString()).ShouldBe(expect["highMemEnd"]?.GetValue<string>(), "highMemEnd");
        if (plan.Feasible)
        {
            plan.MmioHoleStart.ToString().ShouldBe(expect["mmioHoleStart"]!.GetValue<string>(), "mmioHoleStart");
        }

        plan.ReservedDeviceMemory.Select(e => $"[{e.Range.Start}, {e.Range.End}) {e.Policy.Name()} {e.Source.Name()} {e.Status.Name()}")
            .ShouldBe(Array(expect, "reservedDeviceMemory").Select(r => $"[{r["start"]}, {r["end"]}) {r["policy"]} {r["source"]} {r["status"]}"));
        plan.Findings.Select(Line).ShouldBe(Array(expect, "findings").Select(ExpectedLine));
        if (expect["bars"] is JsonArray bars)
        {
            plan.Bars.Select(b => $"{b.Slot} {b.Index} {b.Kind.ToString().ToLowerInvariant()} 0x{b.Size.Bytes:x} {b.Is64Bit} {b.Host} {b.Range?.Start} {b.Range?.End} {b.Window.Name()}")
                .ShouldBe(bars.Select(b => $"{b!["sbdf"]} {b["index"]} {b["kind"]} {b["size"]} {b["is64Bit"]!.GetValue<bool>()} {b["hostSbdf"]} {b["start"]} {b["end"]} {b["window"]}"));
        }
    }

    private static IEnumerable<JsonNode> Array(JsonObject expect, string key) => (expect[key]?.AsArray() ?? []).Select(n => n!);

    private static string Line(Finding f) => $"{f.Severity.Name()} {f.Code} {f.Range?.Start} {(f.Bar is null ? "" : $"{f.Device} {f.Bar}")}".TrimEnd();

    private static string ExpectedLine(JsonNode f) =>
        $"{f["severity"]} {f["code"]} {f["start"]} {(f["index"] is null ? "" : $"{f["sbdf"]} {f["index"]}")}".TrimEnd();
}
