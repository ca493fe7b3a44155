using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Domain.XlConfig;

namespace Placement.Domain.Tests.XlConfig;

/// <summary>libxlu_pci.c's PCI_SPEC_STRING: forms, keys, limits, atoi and the global defaults.</summary>
public sealed class PciSpecParserTests
{
    private static readonly PciDefaults None = new();

    [Theory]
    [InlineData("01:00.0", "0000:01:00.0", null, null)]
    [InlineData("0000:01:00.0", "0000:01:00.0", null, null)]
    [InlineData("ffff:ff:1f.7", "ffff:ff:1f.7", null, null)]
    [InlineData("0001:02:03.4@1f", "0001:02:03.4", 0x1f, null)]
    [InlineData("bdf=02:00.1,vslot=0a", "0000:02:00.1", 0xa, null)]
    [InlineData("03:00.0,rdm_policy=STRICT", "0000:03:00.0", null, RdmPolicy.Strict)]
    [InlineData("03:00.0,rdm_policy=Relaxed,", "0000:03:00.0", null, RdmPolicy.Relaxed)]
    [InlineData("03:00.0,rdm_policy=relaxed,rdm_policy=strict", "0000:03:00.0", null, RdmPolicy.Strict)]
    [InlineData("03:00.0,rdm_policy=invalid", "0000:03:00.0", null, RdmPolicy.Strict)]
    [InlineData("rdm_policy=relaxed,bdf=0000:04:00.0", "0000:04:00.0", null, RdmPolicy.Relaxed)]
    public void TryParse_Address_AddressSlotPolicy(string text, string address, int? slot, RdmPolicy? policy)
    {
        var spec = PciSpecParser.TryParse(text, None, out var error);

        error.ShouldBeNull();
        spec.ShouldNotBeNull();
        spec.Address.ShouldBe(PciAddress.Parse(address));
        spec.VirtualSlot.ShouldBe(slot);
        spec.Policy.ShouldBe(policy);
        spec.AllFunctions.ShouldBeFalse();
    }

    [Fact]
    public void TryParse_Flags_AtoiOverGlobalDefaults()
    {
        var spec = PciSpecParser.TryParse("05:00.0,permissive=yes,msitranslate=2,seize= 3x,power_mgmt=-1", new PciDefaults(1, 1, 1, 1), out _)!;

        (spec.Permissive, spec.MsiTranslate, spec.Seize, spec.PowerMgmt).ShouldBe((0, 2, 3, -1));
    }

    [Fact]
    public void TryParse_NoFlags_GlobalDefaults()
    {
        var spec = PciSpecParser.TryParse("05:00.0", new PciDefaults(1, 0, 1, 0), out _)!;

        (spec.Permissive, spec.MsiTranslate, spec.Seize, spec.PowerMgmt).ShouldBe((1, 0, 1, 0));
    }

    [Fact]
    public void TryParse_Star_AllFunctionsOfFunctionZero()
    {
        var spec = PciSpecParser.TryParse("06:00.*", None, out _)!;

        spec.AllFunctions.ShouldBeTrue();
        spec.Address.ShouldBe(PciAddress.Parse("0000:06:00.0"));
    }

    [Fact]
    public void TryParse_Name_NoAddress()
    {
        var spec = PciSpecParser.TryParse("name=gpu0,rdm_policy=relaxed", None, out _)!;

        spec.Name.ShouldBe("gpu0");
        spec.Address.ShouldBeNull();
    }

    [Theory]
    [InlineData("01:00.0, permissive=1", "' permissive=1'")] // the space makes the key " permissive"
    [InlineData("01:00.0,colour=1", "colour=1")]
    [InlineData("01:00.0,permissive", "expected key=value")]
    [InlineData("01:20.0", "expected an address")]
    [InlineData("01:00.8", "expected an address")]
    [InlineData("10000:01:00.0", "expected an address")]
    [InlineData("100:00.0", "expected an address")]
    [InlineData("01:00", "expected an address")]
    [InlineData("01:00.0@20", "slot of at most 1f")]
    [InlineData("01:00.0@", "slot of at most 1f")]
    [InlineData("01:00.0 ", "expected , or the end")]
    [InlineData("01:00.0,name=gpu0", "exactly one")]
    [InlineData("permissive=1", "exactly one")]
    [InlineData("01:00.0,rdm_policy=lenient", "rdm_policy=lenient")]
    [InlineData("01:00.0,vslot=20", "vslot=20")]
    [InlineData("bdf=01:00", "bdf=01:00")]
    [InlineData("", "exactly one")]
    public void TryParse_Invalid_ErrorSaysWhat(string text, string expected)
    {
        PciSpecParser.TryParse(text, None, out var error).ShouldBeNull();

        error.ShouldNotBeNull();
        error.ShouldContain(expected);
    }
}
