using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Inventory.ArmTestInventory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Assignment;

/// <summary>Under live domains an arm64 host keeps its RAM banks, firmware regions, GIC, console and owned devices' MMIO and SPIs; its pool may change.</summary>
public sealed class ArmInventoryInUseTests
{
    private static readonly HostInventory Current = ArmExample();

    // A domain of 1024 MiB holds the NIC.
    private static readonly HostUsage NicInUse = Usage(1024, (Nic, ThisDomain));

    private static List<InventoryViolation> Check(HostInventory replacement, HostUsage? usage = null) =>
        InventoryInUse.Check(Current, replacement, usage ?? NicInUse);

    [Theory]
    [InlineData("memoryBanks")]
    [InlineData("firmwareReserved")]
    [InlineData("gic")]
    [InlineData("console")]
    public void Check_PlatformPartChanged_HostInUseAtIt(string part)
    {
        var platform = Platform;
        var changed = part switch
        {
            "memoryBanks" => platform with { MemoryBanks = [platform.MemoryBanks[0], Range(0x8_8000_0000, 0x9_8000_0000)] },
            "firmwareReserved" => platform with { FirmwareReserved = [] },
            "gic" => platform with { Gic = GicV2(0x800_0000, 0x802_0000) },
            _ => platform with { Console = platform.Console! with { Spi = 34 } },
        };

        Check(Current with { Arm = changed }, Usage(1024)).ShouldBeSingle($"arm.{part}", InventoryInUse.HostInUse);
    }

    [Fact]
    public void Check_ConsoleRemoved_HostInUse() =>
        Check(Current with { Arm = Platform with { Console = null } }, Usage(1024)).ShouldBeSingle("arm.console", InventoryInUse.HostInUse);

    [Fact]
    public void Check_GicV2ToV3_HostInUse() =>
        Check(GicV3Example(), Usage(1024)).ShouldBeSingle("arm.gic", InventoryInUse.HostInUse);

    [Fact]
    public void Check_PoolChanged_Nothing() =>
        Check(Current with { Arm = Platform with { DirectMapPool = [Range(0x8_8000_0000, 0x9_4000_0000)] } }).ShouldBeEmpty();

    [Fact]
    public void Check_SamePlatformReordered_Nothing()
    {
        var current = GicV3Example() with { Arm = GicV3Example().Arm! with { Gic = GicV3(0x800_0000, Range(0x80a_0000, 0x80c_0000), Range(0x80c_0000, 0x80e_0000)) } };
        var gic = current.Arm!.Gic;
        var replacement = current with
        {
            Arm = current.Arm with { MemoryBanks = [.. current.Arm.MemoryBanks.Reverse()], Gic = gic with { Redistributors = [.. gic.Redistributors.Reverse()] } },
            Devices = [NicDevice with { Mmio = [Range(0x1100_0000, 0x1100_1000), Range(0x1000_0000, 0x1001_0000)], Spis = [41, 40] }],
        };
        var before = current with { Devices = [NicDevice with { Mmio = [Range(0x1000_0000, 0x1001_0000), Range(0x1100_0000, 0x1100_1000)] }] };

        InventoryInUse.Check(before, replacement, NicInUse).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("mmio moved")]
    [InlineData("mmio added")]
    [InlineData("spi changed")]
    [InlineData("spi removed")]
    public void Check_OwnedDevicesMmioOrSpisChanged_DeviceInUse(string change)
    {
        var nic = NicDevice;
        var altered = change switch
        {
            "mmio moved" => nic with { Mmio = [Range(0x1002_0000, 0x1003_0000)] },
            "mmio added" => nic with { Mmio = [.. nic.Mmio, Range(0x1100_0000, 0x1100_1000)] },
            "spi changed" => nic with { Spis = [40, 42] },
            _ => nic with { Spis = [40] },
        };

        Check(Current with { Devices = [altered] }).ShouldBeSingle("devices[0]", InventoryInUse.DeviceInUse).Message.ShouldContain(Nic);
    }

    [Fact]
    public void Check_FreeDevicesMmioChanged_Nothing()
    {
        var uart = Device("0002:02:00.0", "UART") with { Mmio = [Range(0x1100_0000, 0x1100_1000)], Spis = [50] };
        var current = Current with { Devices = [NicDevice, uart] };

        InventoryInUse.Check(current, current with { Devices = [NicDevice, uart with { Mmio = [], Spis = [51] }] }, NicInUse).ShouldBeEmpty();
    }

    [Fact]
    public void Check_PlatformGivenToHostStoredWithoutOne_Nothing() =>
        InventoryInUse.Check(Current with { Arm = null }, Current, Usage(1024)).ShouldBeEmpty();

    [Fact]
    public void Check_NoLiveDomain_PlatformMayChange() =>
        InventoryInUse.Check(Current, GicV3Example() with { Arm = GicV3Example().Arm! with { Console = null, MemoryBanks = [] } }, HostUsage.None)
            .ShouldBeEmpty();

    [Fact]
    public void Check_MemoryBelowUse_StillMemoryInUse() =>
        Check(Current with { Memory = ByteSize.FromMiB(512) }).ShouldBeSingle("memoryMiB", InventoryInUse.MemoryInUse);
}
