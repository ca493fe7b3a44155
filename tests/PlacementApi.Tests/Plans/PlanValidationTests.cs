using System.Net;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Plans;

/// <summary>Requests that break the plan rules: 400 validation-failed listing exactly every broken rule.</summary>
public sealed class PlanValidationTests : ApiTest
{
    private const string Host = "xen-1";

    [Theory]
    [InlineData("""{ }""", "memoryMiB", "required")]
    [InlineData("""{ "memoryMiB": null }""", "memoryMiB", "required")]
    [InlineData("""{ "memoryMiB": 17179869185 }""", "memoryMiB", "out-of-range")]
    [InlineData("""{ "memoryMiB": 64, "videoRamMiB": 64, "vga": "stdvga" }""", "memoryMiB", "memory-not-above-video-ram")]
    [InlineData("""{ "memoryMiB": 2048, "vga": "stdvga", "videoRamMiB": 8 }""", "videoRamMiB", "videoram-too-small")]
    [InlineData("""{ "memoryMiB": 2048, "videoRamMiB": 32 }""", "videoRamMiB", "videoram-unsupported")]
    [InlineData("""{ "memoryMiB": 2048, "maxmemMiB": 1024 }""", "maxmemMiB", "maxmem-below-memory")]
    [InlineData("""{ "memoryMiB": 8 }""", "memoryMiB", "memory-not-above-video-ram")]
    [InlineData("""{ "memoryMiB": 2048, "videoRamMiB": -1 }""", "videoRamMiB", "out-of-range")]
    [InlineData("""{ "memoryMiB": 2048, "mmioHoleMiB": 255 }""", "mmioHoleMiB", "out-of-range")]
    [InlineData("""{ "memoryMiB": 2048, "mmioHoleMiB": 3841 }""", "mmioHoleMiB", "out-of-range")]
    [InlineData("""{ "memoryMiB": 2048, "rdmMemBoundaryMiB": 1 }""", "rdmMemBoundaryMiB", "out-of-range")]
    [InlineData("""{ "memoryMiB": 2048, "rdm": { "strategy": "all" } }""", "rdm.strategy", "invalid-value")]
    [InlineData("""{ "memoryMiB": 2048, "rdm": { "policy": "loose" } }""", "rdm.policy", "invalid-value")]
    [InlineData("""{ "memoryMiB": 2048, "rdm": { "strategy": "Host" } }""", "rdm.strategy", "invalid-value")]
    [InlineData("""{ "memoryMiB": 2048, "firmware": "uefi" }""", "firmware", "invalid-value")]
    [InlineData("""{ "memoryMiB": 2048, "name": "vm 42" }""", "name", "invalid-value")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:02.0", "rdmPolicy": "STRICT" } ] }""", "devices[0].rdmPolicy", "invalid-value")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:20.0" } ] }""", "devices[0].sbdf", "invalid-pci-address")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:02.0" }, { "sbdf": "0000:00:14" } ] }""", "devices[1].sbdf", "invalid-pci-address")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "rdmPolicy": "strict" } ] }""", "devices[0].sbdf", "required")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "sbdf": "00:02.0" }, { "sbdf": "0000:00:02.0" } ] }""", "devices[1].sbdf", "duplicate")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "sbdf": "0000:00:02.0" }, { "sbdf": "0000:00:02.0" } ] }""", "devices[1].sbdf", "duplicate")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ null ] }""", "devices[0]", "required")]
    public async Task Post_BrokenRule_ViolationAtField(string body, string field, string code)
    {
        await ShouldRejectAsync(body, (field, code));
    }

    [Theory]
    [InlineData(256)]
    [InlineData(3840)]
    public async Task Post_MmioHoleAtLimit_Accepted(int hole)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        var plan = await Client.PlanAsync(Host, $$"""{ "memoryMiB": 2048, "mmioHoleMiB": {{hole}} }""");

        plan["layout"]!["mmioHoleStart"]!.GetValue<string>().ShouldBe($"0x{0x1_0000_0000L - ((long)hole << 20):x}");
    }

    [Fact]
    public async Task Post_ZeroMemory_OnlyOutOfRange()
    {
        await ShouldRejectAsync("""{ "memoryMiB": 0, "videoRamMiB": 0, "vga": "none" }""", ("memoryMiB", "out-of-range"));
    }

    [Fact]
    public async Task Post_ZeroMemoryWithDefaultVideoRam_OneViolation()
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        using var response = await Client.PostPlanAsync(Host, """{ "memoryMiB": 0 }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("memoryMiB", "out-of-range")]);
        problem["errors"]!["memoryMiB"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["memoryMiB must be between 1 and 16777216."]);
    }

    [Fact]
    public async Task Post_SeveralBrokenRules_AllListed()
    {
        await ShouldRejectAsync(
            """
            { "memoryMiB": 8, "mmioHoleMiB": 4096, "rdmMemBoundaryMiB": 0, "firmware": "uefi",
              "rdm": { "strategy": "all", "policy": "loose" },
              "devices": [ { "sbdf": "00:02.0", "rdmPolicy": "STRICT" }, { "sbdf": "0000:00:02.0" } ] }
            """,
            ("memoryMiB", "memory-not-above-video-ram"),
            ("mmioHoleMiB", "out-of-range"),
            ("rdmMemBoundaryMiB", "out-of-range"),
            ("firmware", "invalid-value"),
            ("rdm.strategy", "invalid-value"),
            ("rdm.policy", "invalid-value"),
            ("devices[0].rdmPolicy", "invalid-value"),
            ("devices[1].sbdf", "duplicate"));
    }

    [Fact]
    public async Task Post_DeviceThatDoesNotRead_OnlyShapeListed()
    {
        // The meaning rules check the request the body maps to; a device without an address leaves none to check.
        await ShouldRejectAsync(
            """{ "memoryMiB": 8, "devices": [ { "sbdf": "00:02.0" }, { "sbdf": "0000:00:02.0" }, { "sbdf": "00:14" } ] }""",
            ("devices[2].sbdf", "invalid-pci-address"));
    }

    /// <summary>Plans on an existing host and asserts a 400 whose violations are exactly <paramref name="expected"/>.</summary>
    private async Task ShouldRejectAsync(string body, params (string Field, string Code)[] expected)
    {
        await Client.CreateHostAsync(Host, Inventories.Laptop());

        using var response = await Client.PostPlanAsync(Host, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe(expected, ignoreOrder: true);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(expected.Select(e => e.Field).Distinct(), ignoreOrder: true);
    }
}
