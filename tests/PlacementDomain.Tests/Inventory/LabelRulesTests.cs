using Placement.Domain.Inventory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

public class LabelRulesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("-rack")]
    [InlineData("_rack")]
    [InlineData("/rack")]
    [InlineData("ra ck")]
    [InlineData("rack=r12")]
    [InlineData("räck")]
    public void Check_BadKey_InvalidLabelAtKey(string key) =>
        WithLabels([new(key, "r12")]).Violations().ShouldBeSingle($"labels.{key}", "invalid-label")
            .Message.ShouldContain("key");

    [Theory]
    [InlineData("r 12")]
    [InlineData("r/12")]
    [InlineData("r=12")]
    [InlineData("r\n12")]
    public void Check_BadValue_InvalidLabelAtKey(string value) =>
        WithLabels([new("rack", value)]).Violations().ShouldBeSingle("labels.rack", "invalid-label")
            .Message.ShouldContain("value");

    [Theory]
    [InlineData("rack", "r12")]
    [InlineData("topology.example.org/zone", "eu-west_1.a")]
    [InlineData("Rack", "")]
    [InlineData("9", "R")]
    public void Check_GoodLabel_Accepted(string key, string value) =>
        WithLabels([new(key, value)]).Violations().ShouldBeEmpty();

    [Theory]
    [InlineData("rack=r12", "rack", "r12")]
    [InlineData("topology.example.org/zone=eu=1", null, null)]
    [InlineData("rack=", "rack", "")]
    [InlineData("rack", null, null)]
    [InlineData("=r12", null, null)]
    [InlineData("rack=r 12", null, null)]
    [InlineData(null, null, null)]
    public void TryParse_Selector_KeyAndValueWhenValid(string? text, string? key, string? value)
    {
        var parsed = LabelRules.TryParse(text, out var k, out var v);

        parsed.ShouldBe(key is not null);
        (parsed ? (k, v) : (null, null)).ShouldBe((key, value));
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void IsValidKeyAndValue_Length_AtMostSixtyThree(int length, bool expected)
    {
        LabelRules.IsValidKey(new string('k', length)).ShouldBe(expected);
        LabelRules.IsValidValue(new string('v', length)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(InventoryRules.MaxLabels, false)]
    [InlineData(InventoryRules.MaxLabels + 1, true)]
    public void Check_LabelCount_TooManyBeyondMax(int count, bool violates)
    {
        var violations = WithLabels(Enumerable.Range(0, count).Select(i => new KeyValuePair<string, string>($"k{i}", "v"))).Violations();
        if (violates)
        {
            violations.ShouldBeSingle("labels", "too-many");
        }
        else
        {
            violations.ShouldBeEmpty();
        }
    }
}
