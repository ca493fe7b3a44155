using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§3 step 5 and §5: the guest memory map as built, the final E820, and the 128-entry limit.</summary>
public sealed class FirmwareViewTests
{
    private static string Show(MemoryMapEntry entry) => $"{entry.Range} {entry.Type.ToString().ToLowerInvariant()}";

    private static AddressRange Kept(ulong start, ulong end) => Range(start, end);

    [Theory]
    [InlineData(GuestFirmware.SeaBios, "0xd0000")]
    [InlineData(GuestFirmware.Ovmf, "0xf0000")]
    public void E820_ExampleALayout_SortedWithLegacyAcpiAndFirmwareEntries(GuestFirmware firmware, string biosBase)
    {
        var map = FirmwareView.GuestMemoryMap(Ram(0xA0000000, 0x15F800000), [Kept(0xA0000000, 0xA3800000)]);

        var e820 = FirmwareView.E820(firmware, map);

        e820.Select(Show).ShouldBe([
            "[0x0, 0xa0000) ram",
            $"[{biosBase}, 0x100000) reserved",
            "[0x100000, 0xa0000000) ram",
            "[0xa0000000, 0xa3800000) reserved",
            "[0xfc000000, 0xfc011000) nvs",
            "[0xfc011000, 0x100000000) reserved",
            "[0x100000000, 0x15f800000) ram"]);
    }

    [Fact]
    public void GuestMemoryMap_KeptRdmsOutOfOrder_KeepsBuildOrder()
    {
        var map = FirmwareView.GuestMemoryMap(Ram(0x40000000), [Kept(0xFE000000, 0xFE001000), Kept(0xC0000000, 0xC0001000)]);

        // Low RAM from 1 MiB, then each kept RDM as given, no high RAM.
        map.Select(Show).ShouldBe(["[0x100000, 0x40000000) ram", "[0xfe000000, 0xfe001000) reserved", "[0xc0000000, 0xc0001000) reserved"]);
    }

    [Fact]
    public void E820_GuestMapOutOfOrder_SortedByStart()
    {
        var map = FirmwareView.GuestMemoryMap(Ram(0x40000000), [Kept(0xFE000000, 0xFE001000), Kept(0xC0000000, 0xC0001000)]);

        var e820 = FirmwareView.E820(GuestFirmware.SeaBios, map);

        e820.Select(Show).ShouldBe([
            "[0x0, 0xa0000) ram", "[0xd0000, 0x100000) reserved", "[0x100000, 0x40000000) ram", "[0xc0000000, 0xc0001000) reserved",
            "[0xfc000000, 0xfc011000) nvs", "[0xfc011000, 0x100000000) reserved", "[0xfe000000, 0xfe001000) reserved"]);
    }

    [Theory]
    [InlineData(126, true)]  // 126 RDMs + low RAM = 127 entries: fewer than 128
    [InlineData(127, false)] // 127 RDMs + low RAM = 128 entries: "Too many entries in the memory map"
    public void Plan_ManyKeptRdms_LimitsTheMemoryMapToFewerThan128Entries(int rdms, bool feasible)
    {
        // 4 KiB RDMs every 8 KiB from 0xc0000000: above low RAM (1016 MiB), below the MMIO window.
        var regions = Enumerable.Range(0, rdms).Select(i => Region(0xC0000000 + ((ulong)i * 0x2000), 0xC0001000 + ((ulong)i * 0x2000), Usb)).ToArray();
        var host = Host([Usb], regions);
        InventoryRules.Check(host).ShouldBeEmpty();

        var plan = LayoutPlanner.Plan(host, Request(1024) with { Strategy = RdmStrategy.Host, GlobalPolicy = RdmPolicy.Strict });

        plan.Feasible.ShouldBe(feasible);
        plan.ReservedDeviceMemory.ShouldAllBe(e => e.IsKept);
        if (feasible)
        {
            plan.Findings.ShouldBeEmpty();
            plan.GuestMemoryMap!.Count.ShouldBe(127);
            plan.E820!.Count.ShouldBe(131);
        }
        else
        {
            var error = plan.Findings.ShouldHaveSingleItem();
            (error.Severity, error.Code).ShouldBe((Severity.Error, FindingCodes.TooManyMemoryMapEntries));
            error.Message.ShouldStartWith("Too many entries in the memory map");
            plan.GuestMemoryMap.ShouldBeNull();
        }
    }
}
