using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>The arm section: present on arm64 only, its shape, and RAM banks that add up to memoryMiB.</summary>
public sealed class HostArmValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "arm": null }""", "arm", "required")]
    [InlineData("""{ "arm.memoryBanks": null }""", "arm.memoryBanks", "required")]
    [InlineData("""{ "arm.memoryBanks": [] }""", "arm.memoryBanks", "required")]
    [InlineData("""{ "arm.memoryBanks": [ null, { "start": "0x880000000", "end": "0x2840000000" } ] }""", "arm.memoryBanks[0]", "required")]
    [InlineData("""{ "arm.memoryBanks[0].start": null }""", "arm.memoryBanks[0].start", "required")]
    [InlineData("""{ "arm.memoryBanks[0].end": "0xZZ" }""", "arm.memoryBanks[0].end", "invalid-number")]
    [InlineData("""{ "arm.memoryBanks[0].end": "80000000" }""", "arm.memoryBanks[0].end", "invalid-number")]
    [InlineData("""{ "arm.memoryBanks[0].end": "0x3ffff000" }""", "arm.memoryBanks[0].end", "region-empty")]
    [InlineData("""{ "arm.gic": null }""", "arm.gic", "required")]
    [InlineData("""{ "arm.memoryBanks[0].start": "0xffffc0001000", "arm.memoryBanks[0].end": "0x1000000001000" }""", "arm.memoryBanks[0].end", "region-beyond-address-space")]
    [InlineData("""{ "arm.memoryBanks[0].start": "0x880000000", "arm.memoryBanks[0].end": "0x8c0000000" }""", "arm.memoryBanks[1]", "region-overlap")]
    [InlineData("""{ "arm.firmwareReserved": [ { "start": "0x7f000000", "end": "0x7f000000" } ] }""", "arm.firmwareReserved[0].end", "region-empty")]
    [InlineData("""{ "arm.firmwareReserved": [ { "start": "0x7f000000", "end": "0x7f100800" } ] }""", "arm.firmwareReserved[0].end", "region-not-aligned")]
    [InlineData("""{ "arm.firmwareReserved": [ { "start": "0xfffffffff000", "end": "0x1000000001000" } ] }""", "arm.firmwareReserved[0].end", "region-beyond-address-space")]
    [InlineData("""{ "arm.firmwareReserved": [ { "start": "0x7f000000", "end": "0x7f100000" }, { "start": "0x7f0ff000", "end": "0x7f200000" } ] }""", "arm.firmwareReserved[1]", "region-overlap")]
    [InlineData("""{ "arm.firmwareReserved": [ null ] }""", "arm.firmwareReserved[0]", "required")]
    public async Task Put_BadArmSection_ViolationAtField(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.Arm().Edited(edits), (field, code));
    }

    [Fact]
    public async Task Put_X86WithArmSection_Arm64Only()
    {
        var document = Inventories.Laptop().Edited($$"""{ "arm": {{Inventories.ArmSection(65536).ToJsonString()}} }""");

        await ShouldRejectAsync(document, ("arm", "arm64-only"));
    }

    [Theory]
    [InlineData("""{ "devices[0].mmio": [ { "start": "0xf0000000", "end": "0xf0001000" } ] }""", "devices[0].mmio")]
    [InlineData("""{ "devices[1].spis": [ 40 ] }""", "devices[1].spis")]
    public async Task Put_X86DeviceWithMmioOrSpis_Arm64Only(string edits, string field)
    {
        await ShouldRejectAsync(Inventories.Laptop().Edited(edits), (field, "arm64-only"));
    }

    [Fact]
    public async Task Put_BanksNotAddingUpToMemory_MismatchGivingBothFigures()
    {
        var problem = await ShouldRejectAsync(Inventories.Arm().Edited("""{ "memoryMiB": 131071 }"""), ("arm.memoryBanks", "memory-banks-mismatch"));

        var message = MessageAt(problem, "arm.memoryBanks");
        message.ShouldContain("131072 MiB");
        message.ShouldContain("131071");
    }

    [Fact]
    public async Task Put_EmptyBank_EmptyAndMismatch()
    {
        await ShouldRejectAsync(
            Inventories.Arm().Edited("""{ "arm.memoryBanks[0].end": "0x40000000" }"""),
            ("arm.memoryBanks[0].end", "region-empty"), ("arm.memoryBanks", "memory-banks-mismatch"));
    }

    [Fact]
    public async Task Put_BankMovedOffPageBoundaries_NotAlignedAtBothEnds()
    {
        await ShouldRejectAsync(
            Inventories.Arm().Edited("""{ "arm.memoryBanks[0].start": "0x40000800", "arm.memoryBanks[0].end": "0x80000800" }"""),
            ("arm.memoryBanks[0].start", "region-not-aligned"), ("arm.memoryBanks[0].end", "region-not-aligned"));
    }

    [Theory]
    [InlineData("arm.memoryBanks", 257)]
    [InlineData("arm.firmwareReserved", 1025)]
    public async Task Put_TooManyRanges_TooMany(string field, int count)
    {
        var document = Inventories.Arm().Edited($$"""{ "{{field}}": {{Inventories.Ranges(0x7000_0000, count)}} }""");

        await ShouldRejectAsync(document, (field, "too-many"));
    }

    [Theory]
    [InlineData("""{ "architecture": "sparc" }""", "architecture", "invalid-value")]
    [InlineData("""{ "memoryMiB": 0 }""", "memoryMiB", "out-of-range")]
    [InlineData("""{ "architecture": null }""", "architecture", "required")]
    public async Task Put_UnreadableHostFieldOfArmHost_OnlyThatField(string edits, string field, string code)
    {
        // The placeholders standing in for the unreadable field (arm64, the banks' sum) break no arm rule.
        await ShouldRejectAsync(Inventories.Arm().Edited(edits), (field, code));
    }

    [Fact]
    public async Task Put_ArmHostAtMostBanks_Created()
    {
        var document = Inventories.Arm().Edited($$"""{ "memoryMiB": 1, "arm.memoryBanks": {{Inventories.Ranges(0x4000_0000, 256)}} }""");

        var created = await Client.CreateHostAsync(Host, document);

        created["arm"]!["memoryBanks"]!.AsArray().Count.ShouldBe(256);
    }
}
