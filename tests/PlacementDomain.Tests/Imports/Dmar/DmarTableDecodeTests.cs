using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Dmar;

public class DmarTableDecodeTests
{
    [Fact]
    public void Decode_SubtablesOfEveryKnownType_ListsThemInOrderWithOffsetsAndLengths()
    {
        var table = DmarTable.Decode(DmarFixtures.Table("d5-subtables")).ShouldBeOfType<DecodedDmar>().Table;

        table.Header.ShouldBe(new DmarHeader(0xbb, 0xbb, 2, table.Header.Checksum, true, "PLCSVC", "D5SUBTAB", 39, 0x05));
        table.Subtables.Select(s => (s.Type, s.Offset, s.Length)).ShouldBe(
        [
            (DmarSubtableType.Drhd, 0x30, 0x28), (DmarSubtableType.Atsr, 0x58, 0x18), (DmarSubtableType.Rhsa, 0x70, 0x14),
            (DmarSubtableType.Andd, 0x84, 0x17), (DmarSubtableType.Rmrr, 0x9b, 0x20),
        ]);
        table.Subtables[0].Scopes.Select(s => s.Type).ShouldBe([DmarScopeType.IoApic, DmarScopeType.Hpet, DmarScopeType.AcpiNamespaceDevice]);
        table.Count(DmarSubtableType.Atsr).ShouldBe(1);
    }

    [Fact]
    public void Decode_Rmrr_KeepsSegmentBaseInclusiveLimitAndScopes()
    {
        var rmrr = DmarTable.Decode(DmarFixtures.Table("d9-segment")).ShouldBeOfType<DecodedDmar>().Table.Rmrrs.ShouldHaveSingleItem();

        (rmrr.Offset, rmrr.Segment, rmrr.BaseAddress, rmrr.Limit).ShouldBe((0x48, (ushort)1, 0x7b000000UL, 0x7b00ffffUL));
        rmrr.Scopes.Select(s => (s.Type, s.Offset, s.Length, s.StartBus, s.Path.Count)).ShouldBe(
            [(DmarScopeType.PciEndpoint, 0x60, 8, (byte)0, 1), (DmarScopeType.PciEndpoint, 0x68, 10, (byte)0, 2)]);
        rmrr.Scopes[1].Path.ShouldBe([new DmarPathHop(0x1c, 7), new DmarPathHop(0, 2)]);
        rmrr.Scopes[1].Describe(rmrr.Segment).ShouldBe("0001:00:1c.7/00.2");
    }

    [Fact]
    public void Decode_WrongChecksum_SaysSoInTheHeader()
    {
        var bytes = DmarFixtures.Table("d1-basic");
        bytes[9] ^= 0xff;

        DmarTable.Decode(bytes).ShouldBeOfType<DecodedDmar>().Table.Header.ChecksumValid.ShouldBeFalse();
    }

    [Fact]
    public void Decode_NotDmar_FailsAtOffsetZero()
    {
        var bytes = DmarFixtures.Table("d1-basic");
        "APIC"u8.CopyTo(bytes);

        var failure = DmarTable.Decode(bytes).ShouldBeOfType<UndecodableDmar>().Failure;

        (failure.Code, failure.Offset).ShouldBe((DmarCodes.Signature, 0L));
    }
}
