using Placement.Domain.Inventory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

/// <summary>A device's identity: every part optional; a NUMA node Linux can number, a three-byte class code, labels as a host's.</summary>
public class DeviceIdentityRulesTests
{
    private static readonly DeviceIdentity Gpu = new(0x10de, 0x20b0, 0x030200, 0, new Dictionary<string, string> { ["model"] = "a100" });

    private static HostInventory WithIdentity(DeviceIdentity identity) =>
        X86Example() with { Devices = [Device(Igd, null), Device(Xhci, null) with { Identity = identity }] };

    private static DeviceIdentity Labelled(params (string Key, string Value)[] labels) =>
        Gpu with { Labels = labels.ToDictionary(l => l.Key, l => l.Value) };

    [Fact]
    public void Check_FullIdentity_Accepted() => WithIdentity(Gpu).Violations().ShouldBeEmpty();

    [Fact]
    public void Check_NoIdentity_Accepted() => WithIdentity(DeviceIdentity.None).Violations().ShouldBeEmpty();

    [Theory]
    [InlineData(0, false)]
    [InlineData(InventoryRules.MaxNumaNode, false)]
    [InlineData(InventoryRules.MaxNumaNode + 1, true)]
    [InlineData(-1, true)]
    public void Check_NumaNode_OutOfRangeBeyondBounds(int node, bool violates)
    {
        var violations = WithIdentity(Gpu with { NumaNode = node }).Violations();
        if (violates)
        {
            violations.ShouldBeSingle("devices[1].numaNode", "out-of-range");
        }
        else
        {
            violations.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Check_ClassCodeAboveThreeBytes_OutOfRange() =>
        WithIdentity(Gpu with { ClassCode = DeviceIdentity.MaxClassCode + 1 }).Violations().ShouldBeSingle("devices[1].classCode", "out-of-range");

    [Theory]
    [InlineData("bad key", "a100")]
    [InlineData("-model", "a100")]
    [InlineData("model", "a 100")]
    [InlineData("model", "a/100")]
    public void Check_BadLabel_InvalidLabelAtDeviceLabelKey(string key, string value) =>
        WithIdentity(Labelled((key, value))).Violations().ShouldBeSingle($"devices[1].labels.{key}", "invalid-label");

    [Fact]
    public void Check_BadLabel_SameCodeAndMessageAsHostLabel()
    {
        var device = WithIdentity(Labelled(("bad key", "a100"))).Violations().Single();
        var host = WithLabels([new("bad key", "a100")]).Violations().Single();

        (device.Code, device.Message).ShouldBe((host.Code, host.Message));
    }

    [Theory]
    [InlineData(InventoryRules.MaxLabels, false)]
    [InlineData(InventoryRules.MaxLabels + 1, true)]
    public void Check_DeviceLabelCount_TooManyBeyondMax(int count, bool violates)
    {
        var violations = WithIdentity(Labelled([.. Enumerable.Range(0, count).Select(i => ($"k{i}", "v"))])).Violations();
        if (violates)
        {
            violations.ShouldBeSingle("devices[1].labels", "too-many");
        }
        else
        {
            violations.ShouldBeEmpty();
        }
    }
}
