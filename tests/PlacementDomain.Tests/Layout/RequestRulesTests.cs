using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;

namespace Placement.Domain.Tests.Layout;

public class RequestRulesTests
{
    private static readonly DeviceRequest Igd = new(PciAddress.Parse("0000:00:02.0"));
    private static readonly DeviceRequest Xhci = new(PciAddress.Parse("0000:00:14.0"));

    [Fact]
    public void Check_ValidRequests_NoViolation()
    {
        RequestRules.Check(new X86Request(2048, [Igd, Xhci])).ShouldBeEmpty();
        RequestRules.Check(Explicit((0x9000_0000, 0x9000_4000), (0x9000_2000, 0x9000_8000))).ShouldBeEmpty();
        RequestRules.Check(Static(512, (0x5000_0000, 0x6000_0000), (0x6000_0000, 0x7000_0000))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(8UL, 8UL, true)]
    [InlineData(64UL, 64UL, true)]
    [InlineData(9UL, 8UL, false)]
    [InlineData(0UL, 0UL, false)] // memory out of range: only its own limit is broken
    [InlineData(0UL, 8UL, false)]
    [InlineData((16UL << 20) + 1, 8UL, false)]
    [InlineData(64UL, ulong.MaxValue, false)] // video RAM out of range
    public void Check_MemoryAgainstVideoRam_RefusedOnlyWhenMemoryInRange(ulong memory, ulong videoRam, bool refused)
    {
        var violations = RequestRules.Check(new X86Request(memory, [], videoRam) { Emulated = EmulatedDevices.Default with { Vga = VgaModel.None } });

        violations.Select(v => (v.Path, v.Code)).ShouldBe(refused ? [("memoryMiB", "memory-not-above-video-ram")] : []);
    }

    [Theory]
    [InlineData(VgaModel.Cirrus, 8UL, null)]
    [InlineData(VgaModel.Cirrus, 16UL, null)]
    [InlineData(VgaModel.Cirrus, 4UL, "videoram-too-small")]
    [InlineData(VgaModel.Cirrus, 32UL, "videoram-unsupported")]
    [InlineData(VgaModel.StdVga, 8UL, "videoram-too-small")]
    [InlineData(VgaModel.StdVga, 32UL, null)]
    [InlineData(VgaModel.StdVga, 48UL, "videoram-unsupported")]
    [InlineData(VgaModel.Qxl, 64UL, "videoram-too-small")]
    [InlineData(VgaModel.Qxl, 256UL, null)]
    [InlineData(VgaModel.Qxl, 192UL, "videoram-unsupported")]
    [InlineData(VgaModel.None, 0UL, null)]
    public void Check_VideoRamOfTheVga_LibxlMinimumAndWhatQemuStartsWith(VgaModel vga, ulong videoRam, string? code)
    {
        var violations = RequestRules.Check(new X86Request(4096, [], videoRam) { Emulated = EmulatedDevices.Default with { Vga = vga } });

        violations.Select(v => (v.Path, v.Code)).ShouldBe(code is null ? [] : [("videoRamMiB", code)]);
    }

    [Fact]
    public void Check_MaxMemBelowMemory_Refused()
    {
        var violation = RequestRules.Check(new X86Request(4096, []) { MaxMemMiB = 2048 }).ShouldHaveSingleItem();

        (violation.Path, violation.Code).ShouldBe(("maxmemMiB", "maxmem-below-memory"));
    }

    [Fact]
    public void Check_DeviceRequestedTwice_DuplicateAtTheRepeat()
    {
        var violation = RequestRules.Check(new X86Request(2048, [Igd, Xhci, Igd])).ShouldHaveSingleItem();

        (violation.Path, violation.Code).ShouldBe(("devices[2].sbdf", "duplicate"));
        violation.Message.ShouldBe("Device 0000:00:02.0 is listed twice (first at devices[0].sbdf).");
    }

    [Fact]
    public void Check_ArmDeviceRequestedTwice_Duplicate() =>
        RequestRules.Check(new ArmRequest(256, [Igd, Igd], Options([]))).Select(v => (v.Path, v.Code)).ShouldBe([("devices[1].sbdf", "duplicate")]);

    [Fact]
    public void Check_PoolHostListedTwice_DuplicateAtTheRepeat()
    {
        List<HostName> hosts = [HostName.Parse("xen-2"), HostName.Parse("xen-3"), HostName.Parse("xen-2")];

        var violation = RequestRules.Check(new X86Request(2048, [], Strategy: RdmStrategy.Pool) { Pool = RdmPool.Named(hosts) }).ShouldHaveSingleItem();

        (violation.Path, violation.Code, violation.Message).ShouldBe(("rdm.hosts[2]", "duplicate", "Host xen-2 is listed twice (first at rdm.hosts[0])."));
    }

    [Theory]
    [InlineData(0x9000_0800UL, 0x9000_4000UL, "start", "region-not-aligned")]
    [InlineData(0x9000_0000UL, 0x9000_3fffUL, "end", "region-not-aligned")]
    [InlineData(0x9000_0000UL, 0x9000_0000UL, "end", "region-empty")]
    [InlineData(0xf_ffff_ffff_f000UL, 0x10_0000_0000_1000UL, "end", "region-beyond-address-space")]
    public void Check_ExplicitRegionBroken_SameCodeAsInventoryRegions(ulong start, ulong end, string field, string code)
    {
        var fromRequest = RequestRules.Check(Explicit((0x1000, 0x2000), (start, end)));
        var fromInventory = InventoryRules.Check(Inventory.TestInventory.WithRegions(Inventory.TestInventory.Region(start, end, Inventory.TestInventory.Xhci)));

        fromRequest.Select(v => (v.Path, v.Code)).ShouldBe([($"rdm.regions[1].{field}", code)]);
        fromInventory.Select(v => (v.Path, v.Code)).ShouldContain(($"reservedRegions[0].{field}", code));
    }

    [Fact]
    public void Check_RegionsOfAnotherStrategy_NotChecked() =>
        RequestRules.Check(new X86Request(2048, [], Strategy: RdmStrategy.Host) { Reserve = [Range(0x1001, 0x1001)] }).ShouldBeEmpty();

    [Theory]
    [InlineData(0x5000_0800UL, 0x5010_0000UL, "arm.staticMemory[0].start", "region-not-aligned")]
    [InlineData(0x5000_0000UL, 0x5000_0000UL, "arm.staticMemory[0].end", "region-empty")]
    [InlineData(0xf_ffff_fff0_0000UL, 0x10_0000_0000_0000UL + 0x10_0000UL, "arm.staticMemory[0].end", "region-beyond-address-space")]
    public void Check_StaticBankBroken_RangeCode(ulong start, ulong end, string field, string code) =>
        RequestRules.Check(Static(1, (start, end))).Select(v => (v.Path, v.Code)).ShouldContain((field, code));

    [Fact]
    public void Check_StaticBanksOverlap_RegionOverlapAtTheLater()
    {
        var violations = RequestRules.Check(Static(512, (0x5000_0000, 0x6000_0000), (0x5800_0000, 0x6000_0000)));

        violations.Select(v => (v.Path, v.Code)).ShouldBe([("arm.staticMemory[1]", "region-overlap"), ("arm.staticMemory", "static-memory-mismatch")], ignoreOrder: true);
    }

    [Theory]
    [InlineData(512UL, false)]
    [InlineData(256UL, true)]
    [InlineData(0UL, false)] // memory out of range: only its own limit is broken
    public void Check_StaticBanksAgainstMemory_MismatchOnlyWhenMemoryInRange(ulong memory, bool refused) =>
        RequestRules.Check(Static(memory, (0x5000_0000, 0x7000_0000))).Select(v => v.Code)
            .ShouldBe(refused ? ["static-memory-mismatch"] : []);

    [Fact]
    public void Check_StaticMemoryMismatch_MessageGivesBothSizes() =>
        RequestRules.Check(Static(512, (0x5000_0000, 0x6000_0000))).ShouldHaveSingleItem().Message
            .ShouldBe("The static banks add up to 268435456 bytes (256 MiB); memoryMiB is 512: they must be equal.");

    [Fact]
    public void CheckDevices_SameDeviceTwice_DuplicateAtTheRepeat() =>
        RequestRules.CheckDevices([Xhci, Igd, Xhci], "devices").Select(v => (v.Path, v.Code)).ShouldBe([("devices[2].sbdf", "duplicate")]);

    [Fact]
    public void CheckTargets_HostTwiceAndDeviceTwice_EachAtItsRepeat()
    {
        var violations = RequestRules.CheckTargets(
        [
            new TargetQuery(HostName.Parse("b"), [Igd, Igd]),
            new TargetQuery(HostName.Parse("c"), null),
            new TargetQuery(HostName.Parse("b"), null),
        ]);

        violations.Select(v => (v.Path, v.Code)).ShouldBe([("targets[2].host", "duplicate"), ("targets[0].devices[1].sbdf", "duplicate")], ignoreOrder: true);
    }

    private static X86Request Explicit(params (ulong Start, ulong End)[] regions) =>
        new(2048, [], Strategy: RdmStrategy.Explicit) { Reserve = regions.Select(r => Range(r.Start, r.End)).ToList() };

    private static ArmRequest Static(ulong memory, params (ulong Start, ulong End)[] banks) =>
        new(memory, [], Options(banks.Select(b => Range(b.Start, b.End)).ToList()));

    private static ArmOptions Options(List<AddressRange> banks) =>
        new(1, DirectMap: true, Trusted: false, banks.Count > 0 ? MemoryAllocation.Static : MemoryAllocation.Auto, banks);

    private static AddressRange Range(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));
}
