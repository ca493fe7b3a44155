using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Pci;

public class PciAddressTests
{
    private static readonly Gen<PciAddress> AddressGen =
        from segment in Gen.Frequency((1, Gen.Choose(0, 0xffff)), (3, Gen.Constant(0)))
        from bus in Gen.Choose(0, 0xff)
        from device in Gen.Choose(0, PciAddress.MaxDevice)
        from function in Gen.Choose(0, PciAddress.MaxFunction)
        select new PciAddress(segment, bus, device, function);

    [Theory]
    [InlineData("0000:00:1f.3", 0, 0, 0x1f, 3, "0000:00:1f.3")]
    [InlineData("00:1f.3", 0, 0, 0x1f, 3, "0000:00:1f.3")]
    [InlineData("0000:00:1F.3", 0, 0, 0x1f, 3, "0000:00:1f.3")]
    [InlineData("ABCD:EF:1F.7", 0xabcd, 0xef, 0x1f, 7, "abcd:ef:1f.7")]
    [InlineData("ffff:ff:1f.7", 0xffff, 0xff, 0x1f, 7, "ffff:ff:1f.7")]
    [InlineData("1:2:3.4", 1, 2, 3, 4, "0001:02:03.4")]
    [InlineData("00:00.0", 0, 0, 0, 0, "0000:00:00.0")]
    public void Parse_Valid_ReadsComponentsAndPrintsCanonical(string text, int segment, int bus, int device, int function, string printed)
    {
        var address = PciAddress.Parse(text);
        address.ShouldBe(new PciAddress(segment, bus, device, function));
        address.ToString().ShouldBe(printed);
    }

    [Theory]
    [InlineData("00:20.0")]        // device > 1f
    [InlineData("00:1f.8")]        // function > 7
    [InlineData("0000:00:02")]     // no function
    [InlineData(" 00:02.0")]
    [InlineData("00:02.0 ")]
    [InlineData("0000:100:00.0")]  // bus of three digits
    [InlineData("00000:00:00.0")]  // segment of five digits
    [InlineData("0:0:0:0.0")]
    [InlineData("")]
    [InlineData("00:02.*")]
    [InlineData("gg:00.0")]
    [InlineData("00.0")]
    [InlineData(":00:02.0")]
    [InlineData("00:02.0.1")]
    [InlineData("00:-2.0")]
    [InlineData("00:+2.0")]
    [InlineData("00:02.00")]
    public void TryParse_Invalid_ReturnsFalseAndParseThrows(string text)
    {
        PciAddress.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => PciAddress.Parse(text)).Message.ShouldContain(PciAddress.Rule);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => PciAddress.TryParse(null, out _).ShouldBeFalse();

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0x10000, 0, 0, 0)]
    [InlineData(0, 0x100, 0, 0)]
    [InlineData(0, 0, 0x20, 0)]
    [InlineData(0, 0, 0, 8)]
    [InlineData(0, 0, -1, 0)]
    public void Constructor_ComponentOutOfRange_Throws(int segment, int bus, int device, int function) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PciAddress(segment, bus, device, function));

    [Fact]
    public void Parse_ToStringOfRandomAddress_RoundTrips() =>
        Check.QuickThrowOnFailure(Prop.ForAll(AddressGen.ToArbitrary(), address =>
        {
            var text = address.ToString();
            return PciAddress.Parse(text) == address
                && PciAddress.Parse(text.ToUpperInvariant()) == address
                && !text.Any(char.IsAsciiLetterUpper)
                && text.Length == "0000:00:00.0".Length;
        }));

    [Theory]
    [InlineData("0000:00:02.0", "0000:00:02.1")]
    [InlineData("0000:00:02.7", "0000:00:03.0")]
    [InlineData("0000:00:1f.7", "0000:01:00.0")]
    [InlineData("0000:ff:1f.7", "0001:00:00.0")]
    public void Operators_LowerThenHigher_OrderBySegmentBusDeviceFunction(string lowText, string highText)
    {
        var (low, high) = (PciAddress.Parse(lowText), PciAddress.Parse(highText));
        (low < high).ShouldBeTrue();
        (low <= high).ShouldBeTrue();
        (high > low).ShouldBeTrue();
        (high >= low).ShouldBeTrue();
        (high < low).ShouldBeFalse();
        (low > high).ShouldBeFalse();
        (low >= high).ShouldBeFalse();
        (high <= low).ShouldBeFalse();
        low.CompareTo(high).ShouldBeLessThan(0);
        high.CompareTo(low).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void CompareTo_RandomPairs_MatchesComponentOrder() =>
        Check.QuickThrowOnFailure(Prop.ForAll(AddressGen.Two().ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var expected = (a.Segment, a.Bus, a.Device, a.Function).CompareTo((b.Segment, b.Bus, b.Device, b.Function));
            return Math.Sign(a.CompareTo(b)) == Math.Sign(expected)
                && (a <= b) == (expected <= 0)
                && (a == b) == (expected == 0);
        }));
}
