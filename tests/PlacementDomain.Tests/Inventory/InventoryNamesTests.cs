using Placement.Domain.Inventory;

namespace Placement.Domain.Tests.Inventory;

public class InventoryNamesTests
{
    [Theory]
    [InlineData("x86_64", CpuArchitecture.X64)]
    [InlineData("arm64", CpuArchitecture.Arm64)]
    public void TryParseArchitecture_DocumentName_RoundTrips(string name, CpuArchitecture expected)
    {
        InventoryNames.TryParseArchitecture(name, out var architecture).ShouldBeTrue();
        architecture.ShouldBe(expected);
        architecture.Name().ShouldBe(name);
    }

    [Theory]
    [InlineData("memory", BarKind.Memory)]
    [InlineData("io", BarKind.Io)]
    [InlineData("rom", BarKind.Rom)]
    public void TryParseBarKind_DocumentName_RoundTrips(string name, BarKind expected)
    {
        InventoryNames.TryParseBarKind(name, out var kind).ShouldBeTrue();
        kind.ShouldBe(expected);
        kind.Name().ShouldBe(name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("X86_64")]
    [InlineData("x64")]
    [InlineData("Memory")]
    [InlineData(" io")]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        InventoryNames.TryParseArchitecture(name, out _).ShouldBeFalse();
        InventoryNames.TryParseBarKind(name, out _).ShouldBeFalse();
    }

    [Fact]
    public void Names_EveryEnumValue_HasOne()
    {
        Enum.GetValues<CpuArchitecture>().Select(a => a.Name()).ShouldBe(InventoryNames.ArchitectureNames, ignoreOrder: true);
        Enum.GetValues<BarKind>().Select(k => k.Name()).ShouldBe(InventoryNames.BarKindNames, ignoreOrder: true);
    }
}
