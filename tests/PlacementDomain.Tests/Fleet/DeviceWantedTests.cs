using Placement.Domain.Fleet;
using static Placement.Domain.Tests.Fleet.FleetBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>Which devices a device request matches: every criterion given, class codes by prefix, labels by value.</summary>
public sealed class DeviceWantedTests
{
    [Theory]
    [InlineData("0x03", 0x030200u, true)]
    [InlineData("0x03", 0x030000u, true)]
    [InlineData("0x03", 0x020000u, false)]
    [InlineData("0x0302", 0x030200u, true)]
    [InlineData("0x0302", 0x030201u, true)]
    [InlineData("0x0302", 0x030000u, false)]
    [InlineData("0x030200", 0x030200u, true)]
    [InlineData("0x030200", 0x030201u, false)]
    [InlineData("0X0C0330", 0x0c0330u, true)]
    [InlineData("0x00", 0x000000u, true)]
    [InlineData("0x00", 0x010000u, false)]
    public void Matches_ClassCodePrefix_ByItsDigits(string prefix, uint classCode, bool expected) =>
        ClassCodePrefix.Parse(prefix).Matches(classCode).ShouldBe(expected);

    [Theory]
    [InlineData("0x03", 0x03u, 2)]
    [InlineData("0x0302", 0x302u, 4)]
    [InlineData("0x030200", 0x30200u, 6)]
    [InlineData("0xFFffFF", 0xffffffu, 6)]
    public void TryParse_TwoFourOrSixHexDigits_ValueAndDigits(string text, uint value, int digits)
    {
        ClassCodePrefix.TryParse(text, out var prefix).ShouldBeTrue();

        (prefix.Value, prefix.Digits, prefix.ToString()).ShouldBe((value, digits, text.ToLowerInvariant()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("03")]
    [InlineData("0x")]
    [InlineData("0x3")]
    [InlineData("0x030")]
    [InlineData("0x03020")]
    [InlineData("0x03020000")]
    [InlineData("0x0g")]
    [InlineData("0x+3")]
    [InlineData(" 0x03")]
    [InlineData("1x03")]
    public void TryParse_NotTwoFourOrSixHexDigitsAfter0x_False(string? text) => ClassCodePrefix.TryParse(text, out _).ShouldBeFalse();

    public static TheoryData<string, DeviceWanted, bool> Criteria => new()
    {
        { "vendor", new("w", 1, Nvidia, null, null, Labels()), true },
        { "other vendor", new("w", 1, 0x8086, null, null, Labels()), false },
        { "vendor and device", new("w", 1, Nvidia, A100, null, Labels()), true },
        { "other device", new("w", 1, Nvidia, 0x2236, null, Labels()), false },
        { "class", new("w", 1, null, null, ClassCodePrefix.Parse("0x0302"), Labels()), true },
        { "label", new("w", 1, null, null, null, Labels(("model", "a100"))), true },
        { "other label value", new("w", 1, null, null, null, Labels(("model", "h100"))), false },
        { "label the device lacks", new("w", 1, null, null, null, Labels(("model", "a100"), ("mig", "on"))), false },
        { "every criterion", new("w", 1, Nvidia, A100, ClassCodePrefix.Parse("0x03"), Labels(("model", "a100"))), true },
        { "all but the class", new("w", 1, Nvidia, A100, ClassCodePrefix.Parse("0x02"), Labels(("model", "a100"))), false },
        { "none", DeviceWanted.Any("w"), true },
    };

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Matches_A100_EveryGivenCriterion(string criteria, DeviceWanted wanted, bool expected) =>
        wanted.Matches(Gpu("0000:17:00.0")).ShouldBe(expected, criteria);

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Matches_DeviceWithoutIdentity_OnlyWithoutCriteria(string criteria, DeviceWanted wanted, bool _) =>
        wanted.Matches(Device("0000:17:00.0")).ShouldBe(criteria == "none", criteria);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_CountBelowOne_Throws(int count) =>
        Should.Throw<ArgumentOutOfRangeException>(() => DeviceWanted.Any("gpu", count));

    private static Dictionary<string, string> Labels(params (string Key, string Value)[] labels) => labels.ToDictionary(l => l.Key, l => l.Value);
}
