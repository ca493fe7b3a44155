using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Layout;

/// <summary>§4: which RDM entries a domain gets, with which policy and source.</summary>
public sealed class RdmEntriesTests
{
    // Listed out of start order; the 0x40000000 region is shared by usb and audio.
    private static readonly HostInventory Host3 = Host([Gpu, Usb, Audio],
        Region(0xA0000000, 0xA3800000, Gpu), Region(0xE0000, 0xF0000, Usb), Region(0x40000000, 0x40004000, Usb, Audio));

    private static List<string> Collect(X86Request request) =>
        RdmEntries.Collect(Host3, request).Select(e => $"{e.Range.Start} {e.Policy} {e.Source} {e.Status}".ToLowerInvariant()).ToList();

    [Theory]
    [InlineData(null, "relaxed")]
    [InlineData(RdmPolicy.Strict, "strict")]
    [InlineData(RdmPolicy.Relaxed, "relaxed")]
    public void Collect_HostStrategy_EveryRegionOnceByStartWithGlobalPolicy(RdmPolicy? global, string expected) =>
        Collect(Request(4096) with { Strategy = RdmStrategy.Host, GlobalPolicy = global }).ShouldBe([
            $"0xe0000 {expected} host reserved", $"0x40000000 {expected} host reserved", $"0xa0000000 {expected} host reserved"]);

    [Fact]
    public void Collect_IgnoreStrategy_OnlyTheDevicesRegionsInInventoryOrder() =>
        Collect(Request(4096, Assign(Usb, RdmPolicy.Relaxed))).ShouldBe(["0xe0000 relaxed device reserved", "0x40000000 relaxed device reserved"]);

    [Fact]
    public void Collect_HostStrategyAndDevicePolicy_SameStartTakesDevicePolicyKeepsHostSource() =>
        Collect(Request(4096, Assign(Usb, RdmPolicy.Relaxed)) with { Strategy = RdmStrategy.Host, GlobalPolicy = RdmPolicy.Strict })
            .ShouldBe(["0xe0000 relaxed host reserved", "0x40000000 relaxed host reserved", "0xa0000000 strict host reserved"]);

    [Fact]
    public void Collect_NoGlobalPolicy_HostEntriesRelaxedButDeviceDefaultStrict() =>
        Collect(Request(4096, Assign(Gpu)) with { Strategy = RdmStrategy.Host })
            .ShouldBe(["0xe0000 relaxed host reserved", "0x40000000 relaxed host reserved", "0xa0000000 strict host reserved"]);

    [Fact]
    public void Collect_TwoDevicesDisagreeOnSharedRegion_LastOneWins()
    {
        Collect(Request(4096, Assign(Usb, RdmPolicy.Strict), Assign(Audio, RdmPolicy.Relaxed)))
            .ShouldBe(["0xe0000 strict device reserved", "0x40000000 relaxed device reserved"]);
        // audio first: it appends the shared entry, usb overrides it, then appends its own.
        Collect(Request(4096, Assign(Audio, RdmPolicy.Relaxed), Assign(Usb, RdmPolicy.Strict)))
            .ShouldBe(["0x40000000 strict device reserved", "0xe0000 strict device reserved"]);
    }

    [Theory]
    [InlineData(null, null, RdmPolicy.Strict)]                       // nothing given: strict
    [InlineData(RdmPolicy.Strict, null, RdmPolicy.Strict)]
    [InlineData(RdmPolicy.Relaxed, null, RdmPolicy.Relaxed)]         // explicit global policy is the default
    [InlineData(RdmPolicy.Strict, RdmPolicy.Relaxed, RdmPolicy.Relaxed)] // explicit per-device value always wins
    [InlineData(RdmPolicy.Relaxed, RdmPolicy.Strict, RdmPolicy.Strict)]
    [InlineData(null, RdmPolicy.Relaxed, RdmPolicy.Relaxed)]
    public void Collect_DevicePolicy_DefaultsToExplicitGlobalElseStrict(RdmPolicy? global, RdmPolicy? device, RdmPolicy expected)
    {
        var request = Request(4096, Assign(Gpu, device)) with { GlobalPolicy = global };

        var entry = RdmEntries.Collect(Host3, request).ShouldHaveSingleItem();

        (entry.Range, entry.Policy, entry.Source).ShouldBe((Range(0xA0000000, 0xA3800000), expected, RdmSource.Device));
        request.PolicyOf(request.Devices[0]).ShouldBe(expected);
    }
}
