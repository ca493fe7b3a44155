using Placement.Domain.Arm;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Inventory.ArmTestInventory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

/// <summary>An arm64 host's platform: present exactly on arm64, RAM banks that add up, a pool inside free RAM.</summary>
public sealed class ArmPlatformRulesTests
{
    [Fact]
    public void Check_ArmExamples_Valid()
    {
        ArmExample().Violations().ShouldBeEmpty();
        GicV3Example().Violations().ShouldBeEmpty();
    }

    [Fact]
    public void Check_Arm64WithoutPlatform_RequiredAtArm() =>
        (ArmExample() with { Arm = null }).Violations().ShouldBeSingle("arm", "required");

    [Fact]
    public void Check_X86WithPlatform_Arm64OnlyAtArm() =>
        (X86Example() with { Arm = Platform }).Violations().ShouldBeSingle("arm", ArmPlatformRules.Arm64Only);

    [Theory]
    [InlineData("mmio")]
    [InlineData("spis")]
    public void Check_X86DeviceWithMmioOrSpis_Arm64OnlyAtField(string field)
    {
        var igd = X86Example().Devices[0];
        var device = field == "mmio" ? igd with { Mmio = [Range(0xf000_0000, 0xf000_1000)] } : igd with { Spis = [40] };

        (X86Example() with { Devices = [device, X86Example().Devices[1]] }).Violations()
            .ShouldBeSingle($"devices[0].{field}", ArmPlatformRules.Arm64Only);
    }

    [Fact]
    public void Check_NoBanks_RequiredAtBanks() =>
        (WithBanks() with { Memory = ByteSize.FromMiB(4096) }).Violations().ShouldBeSingle("arm.memoryBanks", "required");

    [Fact]
    public void Check_TooManyBanks_TooMany() =>
        WithBanks(Pages(0x4000_0000, ArmPlatformRules.MaxMemoryBanks + 1)).Violations().ShouldBeSingle("arm.memoryBanks", "too-many");

    [Fact]
    public void Check_MostBanksAdjacent_Valid() =>
        WithBanks(Pages(0x4000_0000, ArmPlatformRules.MaxMemoryBanks)).Violations().ShouldBeEmpty();

    [Theory]
    [InlineData(0x4000_0000UL, 0x4000_0000UL, "arm.memoryBanks[0].end", "region-empty")]
    [InlineData(0x4000_0800UL, 0x8000_0000UL, "arm.memoryBanks[0].start", "region-not-aligned")]
    [InlineData(0x4000_0000UL, 0x7fff_ffffUL, "arm.memoryBanks[0].end", "region-not-aligned")]
    [InlineData(0xff_c000_0000UL, 0x100_0000_1000UL, "arm.memoryBanks[0].end", "region-beyond-address-space")]
    public void Check_BadBank_ViolationAtBank(ulong start, ulong end, string path, string code) =>
        WithBanks(Range(start, end), Range(0x8_8000_0000, 0x9_4000_0000)).Violations().ShouldBeSingle(path, code);

    [Fact]
    public void Check_OverlappingBanks_OverlapAtLaterBank() =>
        WithBanks(Range(0x4000_0000, 0x8000_0000), Range(0x7000_0000, 0x9000_0000)).Violations()
            .ShouldBeSingle("arm.memoryBanks[1]", "region-overlap");

    [Theory]
    [InlineData(4095UL)]
    [InlineData(4097UL)]
    public void Check_BanksDoNotAddUpToMemory_MismatchGivingBothFigures(ulong memoryMiB)
    {
        var message = (ArmExample() with { Memory = ByteSize.FromMiB(memoryMiB) }).Violations()
            .ShouldBeSingle("arm.memoryBanks", ArmPlatformRules.MemoryBanksMismatch).Message;

        message.ShouldContain("add up to 4096 MiB");
        message.ShouldContain($"memoryMiB is {memoryMiB}");
    }

    [Fact]
    public void Check_TooManyFirmwareRegions_TooMany() =>
        WithPlatform(Platform with { FirmwareReserved = Pages(0x7000_0000, ArmPlatformRules.MaxFirmwareRegions + 1) })
            .Violations().ShouldBeSingle("arm.firmwareReserved", "too-many");

    [Theory]
    [InlineData(0x7f00_0000UL, 0x7f00_0000UL, "arm.firmwareReserved[0].end", "region-empty")]
    [InlineData(0x7f00_0100UL, 0x7f10_0000UL, "arm.firmwareReserved[0].start", "region-not-aligned")]
    [InlineData(0xff_ffff_f000UL, 0x100_0000_1000UL, "arm.firmwareReserved[0].end", "region-beyond-address-space")]
    public void Check_BadFirmwareRegion_ViolationAtRegion(ulong start, ulong end, string path, string code) =>
        WithPlatform(Platform with { FirmwareReserved = [Range(start, end)] }).Violations().ShouldBeSingle(path, code);

    [Fact]
    public void Check_OverlappingFirmwareRegions_OverlapAtLater() =>
        WithPlatform(Platform with { FirmwareReserved = [Range(0x7f00_0000, 0x7f10_0000), Range(0x7f0f_f000, 0x7f20_0000)] })
            .Violations().ShouldBeSingle("arm.firmwareReserved[1]", "region-overlap");

    [Fact]
    public void Check_FirmwareRegionOutsideRam_Valid() =>
        WithPlatform(Platform with { FirmwareReserved = [Range(0x3000_0000, 0x3010_0000)] }).Violations().ShouldBeEmpty();
}
