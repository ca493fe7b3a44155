using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Dmar;

public class DmarTableReadTests
{
    // Regions as "[start, end) devices", '|' between them; unresolved paths; warnings as code@offset.
    [Theory]
    [InlineData("d1-basic", "[0x7c3e1000, 0x7c401000) 0000:00:14.0,0000:05:00.0,0000:06:00.0", "", "")]
    [InlineData("d2-multihop", "[0x7a000000, 0x7a010000) 0000:00:1f.2|[0x7a010000, 0x7a020000) |[0x7a020000, 0x7a021000) ", "0000:00:1c.7/00.2|0000:00:02.0/00.0|0000:00:01.0/00.0/03.1", "")]
    [InlineData("d3-adjacent", "[0xdefd0000, 0xdefd1000) 0000:00:1d.7|[0xdefd1000, 0xdefd2000) 0000:00:1d.7,0000:00:1a.7", "", "")]
    [InlineData("d4-edges", "[0x0, 0x1000) 0000:00:1d.0,0000:00:1a.0|[0xe8000, 0xe9000) 0000:00:1d.0|[0x7d000000, 0x7d001000) 0000:00:1b.0", "", "dmar-rmrr-unaligned@144")]
    [InlineData("d4-zero", "[0xbdc00000, 0xc0000000) 0000:00:02.0", "", "dmar-rmrr-empty@72")]
    [InlineData("d5-subtables", "[0x3e2e0000, 0x3e300000) 0000:00:15.0", "", "")]
    [InlineData("d9-segment", "[0x7b000000, 0x7b010000) 0001:00:14.0", "0001:00:1c.7/00.2", "")]
    [InlineData("d10-scope-types", "[0x7c000000, 0x7c010000) 0000:00:14.0", "0000:00:1c.0", "dmar-rmrr-scope-skipped@104|dmar-rmrr-scope-skipped@112|dmar-rmrr-scope-skipped@120")]
    public void Read_TeamTables_GiveOneRegionPerRmrrWithItsOneHopDevices(string table, string regions, string unresolved, string warnings)
    {
        var inventory = DmarFixtures.Inventory(DmarTable.Read(DmarFixtures.Table(table)));

        inventory.Format.ShouldBe(ImportFormat.AcpiDmar);
        string.Join('|', inventory.ReservedRegions.Select(r => $"{r.Range} {string.Join(',', r.Devices)}")).ShouldBe(regions);
        string.Join('|', inventory.UnresolvedScopes.Select(s => s.Path)).ShouldBe(unresolved);
        string.Join('|', inventory.Warnings.Select(w => $"{w.Code}@{w.Offset}")).ShouldBe(warnings);
        inventory.Warnings.ShouldAllBe(w => w.Line == null);
    }

    [Fact]
    public void Read_MultiHopAndBridgeScopes_SayWhyAndCarryTheirRmrrsRange()
    {
        var multiHop = DmarFixtures.Inventory(DmarTable.Read(DmarFixtures.Table("d2-multihop"))).UnresolvedScopes[0];
        var bridge = DmarFixtures.Inventory(DmarTable.Read(DmarFixtures.Table("d10-scope-types"))).UnresolvedScopes.ShouldHaveSingleItem();

        multiHop.Range.ToString().ShouldBe("[0x7a000000, 0x7a010000)");
        multiHop.Why.ShouldContain("multi-hop");
        bridge.Why.ShouldContain("bridge");
    }

    [Fact]
    public void Read_DrhdEndpoint_IsNoRmrrDevice()
    {
        var inventory = DmarFixtures.Inventory(DmarTable.Read(DmarFixtures.Table("d1-basic")));

        inventory.ReservedRegions.SelectMany(r => r.Devices).Select(d => d.ToString()).ShouldNotContain("0000:00:02.0");
        inventory.Devices.ShouldBeEmpty();
    }

    [Fact]
    public void Read_ZeroRmrr_WarningNamesTheRangeAndTheDroppedScopes()
    {
        var warning = DmarFixtures.Inventory(DmarTable.Read(DmarFixtures.Table("d4-zero"))).Warnings.ShouldHaveSingleItem();

        warning.Message.ShouldContain("[0x0, 0x0]");
        warning.Message.ShouldContain("2 device scopes");
    }

    [Fact]
    public void Read_LimitBelowBase_IsUnreadableAtTheLimitField()
    {
        var failure = DmarFixtures.Failure(DmarTable.Read(DmarFixtures.Table("d4-limit-below-base")));

        (failure.Code, failure.Offset).ShouldBe((DmarCodes.RmrrLimitBelowBase, 0x78L));
        failure.Message.ShouldContain("Xen refuses");
    }
}
