using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>The direct-map pool: RAM (adjacent banks are one stretch) that no firmware region or RMRR claims.</summary>
public sealed class HostArmPoolValidationTests : HostValidationTest
{
    [Theory]
    [InlineData("""{ "arm.directMapPool[0]": { "start": "0x80000000", "end": "0x90000000" } }""", "arm.directMapPool[0]", "pool-outside-ram")]
    [InlineData("""{ "arm.directMapPool[0]": { "start": "0x2800000000", "end": "0x2900000000" } }""", "arm.directMapPool[0]", "pool-outside-ram")]
    [InlineData("""{ "arm.directMapPool[0]": { "start": "0x7e000000", "end": "0x80000000" } }""", "arm.directMapPool[0]", "pool-overlaps-reserved")]
    [InlineData("""{ "arm.directMapPool[1]": { "start": "0x1300000000", "end": "0x1500000000" } }""", "arm.directMapPool[1]", "region-overlap")]
    [InlineData("""{ "arm.directMapPool[0].end": "0x1400000800" }""", "arm.directMapPool[0].end", "region-not-aligned")]
    [InlineData("""{ "arm.directMapPool[0].end": "0x1000000000" }""", "arm.directMapPool[0].end", "region-empty")]
    [InlineData("""{ "arm.directMapPool[0].start": null }""", "arm.directMapPool[0].start", "required")]
    public async Task Put_BadPool_ViolationAtRange(string edits, string field, string code)
    {
        await ShouldRejectAsync(Inventories.ArmGicV3().Edited(edits), (field, code));
    }

    [Fact]
    public async Task Put_PoolOverRmrr_PoolOverlapsReservedNamingTheRegion()
    {
        var document = Inventories.ArmGicV3().Edited("""
            { "reservedRegions": [ { "start": "0x1000000000", "end": "0x1000004000", "devices": ["0002:01:00.0"] } ] }
            """);

        var problem = await ShouldRejectAsync(document, ("arm.directMapPool[0]", "pool-overlaps-reserved"));

        MessageAt(problem, "arm.directMapPool[0]").ShouldContain("reservedRegions[0]");
    }

    [Fact]
    public async Task Put_TooManyPoolRanges_TooMany()
    {
        var document = Inventories.ArmGicV3().Edited($$"""{ "arm.directMapPool": {{Inventories.Ranges(0x10_0000_0000, 1025)}} }""");

        await ShouldRejectAsync(document, ("arm.directMapPool", "too-many"));
    }

    [Fact]
    public async Task Put_PoolAcrossAdjacentBanks_Created()
    {
        var document = Inventories.Arm().Edited("""
            { "arm.memoryBanks": [ { "start": "0x40000000", "end": "0x80000000" }, { "start": "0x80000000", "end": "0x2040000000" } ],
              "arm.directMapPool": [ { "start": "0x70000000", "end": "0x90000000" } ] }
            """);

        var created = await Client.CreateHostAsync(Host, document);

        created["arm"]!["directMapPool"]![0]!["end"]!.GetValue<string>().ShouldBe("0x90000000");
    }
}
