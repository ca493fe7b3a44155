using System.Text.Json;

namespace Placement.Agent.Tests;

public class PutTests
{
    private const string Saved = """{"name":"xen-r12-01","generation":8}""";

    [Fact]
    public async Task Run_PutKnownHost_IfMatchTheGenerationItRead()
    {
        using var tree = new HostTreeBuilder().Devices().Iommu("dmar0").File("sys/firmware/acpi/tables/DMAR", WorkstationHost.Dmar());
        using var service = new StubService(new StubService.Answer(200, "{}", "\"7\""), new StubService.Answer(200, Saved, "\"8\""));

        var run = await AgentRun.StartAsync("--root", tree.Root, "--host", "xen-r12-01", "--service", service.Url, "--put");

        run.ExitCode.ShouldBe(0, run.Messages);
        run.Output.ShouldBe(Saved + "\n");
        run.Messages.ShouldEndWith($"replaced xen-r12-01 at {service.Url}: generation 8\n");
        service.Requests.Select(r => (r.Method, r.Path, r.IfMatch, r.IfNoneMatch)).ShouldBe(
            [("GET", "/v1/hosts/xen-r12-01", null, null), ("PUT", "/v1/hosts/xen-r12-01", "\"7\"", null)]);
        service.Requests[1].ContentType.ShouldBe("application/json; charset=utf-8");
        (service.Requests[1].Body + "\n").ShouldBe(WorkstationHost.Inventory(memoryMiB: 32000, iommu: true, regions: true));
    }

    [Fact]
    public async Task Run_PutKnownHost_KeepsLabelsAndDescriptionsOfDevicesStillPresent()
    {
        const string current = """
            {"name":"xen-r12-01","generation":7,"labels":{"rack":"r12"},
             "devices":[{"sbdf":"0000:00:14.0","description":"USB xHCI","labels":{}},
                        {"sbdf":"0000:01:00.0","description":null,"labels":{"model":"i210"}},
                        {"sbdf":"0000:05:00.0","description":"gone","labels":{"model":"a100"}}]}
            """;
        using var tree = new HostTreeBuilder().Devices();
        using var service = new StubService(new StubService.Answer(200, current, "\"7\""), new StubService.Answer(200, Saved, "\"8\""));

        var run = await AgentRun.StartAsync("--root", tree.Root, "--host", "xen-r12-01", "--service", service.Url, "--put");

        run.ExitCode.ShouldBe(0, run.Messages);
        using var sent = JsonDocument.Parse(service.Requests[1].Body);
        Text(sent.RootElement, "labels").ShouldBe("""{"rack":"r12"}""");
        sent.RootElement.GetProperty("devices").EnumerateArray()
            .Select(d => (d.GetProperty("sbdf").GetString(), Text(d, "description"), Text(d, "labels")))
            .ShouldBe([("0000:00:02.0", null, null), ("0000:00:14.0", "USB xHCI", null), ("0000:01:00.0", null, """{"model":"i210"}""")]);
    }

    [Fact]
    public async Task Run_PutNewHost_IfNoneMatchStar()
    {
        using var tree = new HostTreeBuilder().Devices();
        using var service = new StubService(new StubService.Answer(404, """{"code":"host-not-found"}"""), new StubService.Answer(201, Saved, "\"1\""));

        var run = await AgentRun.StartAsync("--root", tree.Root, "--host", "xen-r12-01", "--service", service.Url.TrimEnd('/'), "--put");

        run.ExitCode.ShouldBe(0, run.Messages);
        run.Messages.ShouldEndWith(": generation 1\n");
        run.Messages.ShouldContain("created xen-r12-01 at ");
        service.Requests.Select(r => (r.Method, r.Path, r.IfMatch, r.IfNoneMatch)).ShouldBe(
            [("GET", "/v1/hosts/xen-r12-01", null, null), ("PUT", "/v1/hosts/xen-r12-01", null, "*")]);
    }

    [Fact]
    public async Task Run_ServiceRefuses_Exit4WithTheProblemBody()
    {
        const string problem = """{"title":"The host is in use.","status":409,"code":"host-in-use"}""";
        using var tree = new HostTreeBuilder().Devices();
        using var service = new StubService(new StubService.Answer(200, "{}", "\"3\""), new StubService.Answer(409, problem));

        var run = await AgentRun.StartAsync("--root", tree.Root, "--host", "xen-r12-01", "--service", service.Url, "--put");

        run.ExitCode.ShouldBe(4);
        run.Messages.ShouldContain($"error: PUT {service.Url}v1/hosts/xen-r12-01 answered 409 Conflict:\n{problem}\n");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_ServiceUnreachable_Exit4()
    {
        using var tree = new HostTreeBuilder().Devices();
        string url;
        using (var gone = new StubService())
        {
            url = gone.Url;
        }

        var run = await AgentRun.StartAsync("--root", tree.Root, "--host", "h1", "--service", url, "--put");

        run.ExitCode.ShouldBe(4);
        run.Messages.ShouldContain($"error: Cannot reach {url}v1/hosts/h1");
    }

    /// <summary>A string property's value, another property's JSON without white space, or null when absent.</summary>
    private static string? Text(JsonElement element, string name) => !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : string.Concat(value.GetRawText().Where(c => !char.IsWhiteSpace(c)));
}
