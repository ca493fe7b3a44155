using Placement.Domain.Layout;

namespace Placement.Domain.Tests.Layout;

/// <summary>Every public scenario comes out exactly as tests/cases/layout-public.json says.</summary>
public sealed class LayoutCasesTests
{
    public static TheoryData<string> Names => new(LayoutCase.Load("layout-public.json").Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Plan_PublicCase_MatchesExpectation(string name)
    {
        var scenario = LayoutCase.Load("layout-public.json").Single(c => c.Name == name);
        var expect = scenario.Expect;

        var plan = LayoutPlanner.Plan(scenario.Host, scenario.Request);

        plan.Feasible.ShouldBe(expect["feasible"]!.GetValue<bool>());
        plan.LowMemEnd.Value.ShouldBe(LayoutCase.Hex(expect["lowMemEnd"]), "lowMemEnd");
        (plan.HighMemEnd?.Value).ShouldBe(expect["highMemEnd"] is null ? null : LayoutCase.Hex(expect["highMemEnd"]), "highMemEnd");
        plan.ReservedDeviceMemory.Select(e => $"{e.Range} {e.Policy} {e.Source} {e.Status}".ToLowerInvariant())
            .ShouldBe((expect["reservedDeviceMemory"]?.AsArray() ?? []).Select(r =>
                $"[{r!["start"]}, {r["end"]}) {r["policy"]} {r["source"]} {(r["status"]!.GetValue<string>() == "dropped" ? "dropped" : "reserved")}".ToLowerInvariant().Replace("\"", "", StringComparison.Ordinal)));
        plan.Findings.Select(f => $"{f.Severity} {f.Code} {f.Range?.Start}".ToLowerInvariant())
            .ShouldBe((expect["findings"]?.AsArray() ?? []).Select(f => $"{f!["severity"]} {f["code"]} {f["start"]}".Replace("\"", "", StringComparison.Ordinal)));
        var map = plan.GuestMemoryMap?.Select(m => $"{m.Range} {m.Type}".ToLowerInvariant());
        var expectedMap = expect["guestMemoryMap"]?.AsArray().Select(m => $"[{m!["start"]}, {m["end"]}) {m["type"]}".Replace("\"", "", StringComparison.Ordinal));
        (map is null ? "no map" : string.Join("; ", map)).ShouldBe(expectedMap is null ? "no map" : string.Join("; ", expectedMap));
    }
}
