using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.Dmar;

/// <summary>Tables iasl cannot write, made by patching the team's compiled tables (offsets in the .dsl files).</summary>
public class DmarTablePatchTests
{
    // d1-basic: DRHD 0x30 (scopes 0x40, 0x48), DRHD 0x50 (scope 0x60), RMRR 0x68 (base 0x70, limit 0x78, scopes 0x80, 0x88, 0x90), end 0x98.
    [Theory]
    [InlineData("signature", 0, DmarCodes.Signature, 0)]
    [InlineData("subtable-length-0", 0x52, DmarCodes.SubtableLength, 0x52)]
    [InlineData("subtable-past-end", 0x6a, DmarCodes.SubtableLength, 0x6a)]
    [InlineData("rmrr-shorter-than-24", 0x6a, DmarCodes.SubtableLength, 0x6a)]
    [InlineData("scope-length-6", 0x81, DmarCodes.ScopeLength, 0x81)]
    [InlineData("scope-length-7", 0x81, DmarCodes.ScopeLength, 0x81)]
    [InlineData("scope-odd-path", 0x81, DmarCodes.ScopeLength, 0x81)]
    [InlineData("scope-past-rmrr", 0x91, DmarCodes.ScopeLength, 0x91)]
    [InlineData("drhd-scope-length-6", 0x41, DmarCodes.ScopeLength, 0x41)]
    [InlineData("limit-max", 0x78, DmarCodes.RmrrLimitOverflow, 0x78)]
    [InlineData("limit-last-page", 0x78, DmarCodes.RmrrLimitOverflow, 0x78)]
    [InlineData("width-zero", 36, DmarCodes.HostAddressWidth, 36)]
    [InlineData("device-20", 0x86, DmarCodes.PciPath, 0x86)]
    public void Read_MalformedTable_IsUnreadableAtTheOffset(string patch, int at, string code, long offset)
    {
        var bytes = DmarFixtures.Patched("d1-basic", b => Patch(b, patch, at));

        var failure = DmarFixtures.Failure(DmarTable.Read(bytes));

        (failure.Code, failure.Offset).ShouldBe((code, offset));
        failure.Expected.ShouldNotBeNullOrWhiteSpace();
        failure.Line.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(0x90)]
    public void Read_ShorterThanItsLength_IsUnreadable(int keep)
    {
        var failure = DmarFixtures.Failure(DmarTable.Read(DmarFixtures.Table("d1-basic").AsSpan(0, keep)));

        failure.Code.ShouldBe(DmarCodes.Truncated);
        failure.Offset.ShouldBe(keep < 48 ? keep : 4);
    }

    [Fact]
    public void Read_OverlappingRmrrs_IsUnreadableAsXenRefusesThem()
    {
        // d3-adjacent: the second RMRR's base (0x70) moved into the first RMRR.
        var bytes = DmarFixtures.Patched("d3-adjacent", b => DmarFixtures.WriteUInt64(b, 0x70, 0xdefd0800));

        var failure = DmarFixtures.Failure(DmarTable.Read(bytes));

        (failure.Code, failure.Offset).ShouldBe((DmarCodes.RmrrOverlap, 0x70L));
    }

    [Theory]
    [InlineData("checksum", "dmar-checksum@9")]
    [InlineData("trailing", "dmar-trailing-bytes@152")]
    [InlineData("scope-flags", "")]
    public void Read_Blemish_WarnsAndKeepsTheRegions(string blemish, string warnings)
    {
        var bytes = DmarFixtures.Table("d1-basic");
        switch (blemish)
        {
            case "checksum":
                bytes[9] ^= 0x5a;
                break;
            case "trailing":
                bytes = [.. bytes, 0, 0, 0, 0];
                break;
            default:
                // VT-d 4.1 made byte 2 of a scope Flags: a reader ignores it.
                bytes[0x82] = 0x01;
                DmarFixtures.FixChecksum(bytes);
                break;
        }

        var inventory = DmarFixtures.Inventory(DmarTable.Read(bytes));

        string.Join('|', inventory.Warnings.Select(w => $"{w.Code}@{w.Offset}")).ShouldBe(warnings);
        inventory.ReservedRegions.ShouldHaveSingleItem().Devices.Count.ShouldBe(3);
    }

    // d5-subtables: DRHD 0x30 (Size byte 0x35), ATSR 0x58, RHSA 0x70, ANDD 0x84, RMRR 0x9b.
    [Theory]
    [InlineData(0x70, 7, "dmar-unknown-subtable@112")]
    [InlineData(0x70, 0xffff, "dmar-unknown-subtable@112")]
    [InlineData(0x58, 5, "")]
    [InlineData(0x58, 6, "")]
    public void Read_OtherSubtableTypes_AreSkippedByLengthAndNeverGiveRmrrDevices(int at, int type, string warnings)
    {
        var bytes = DmarFixtures.Patched("d5-subtables", b => BitConverter.TryWriteBytes(b.AsSpan(at, 2), (ushort)type).ShouldBeTrue());

        var inventory = DmarFixtures.Inventory(DmarTable.Read(bytes));

        string.Join('|', inventory.Warnings.Select(w => $"{w.Code}@{w.Offset}")).ShouldBe(warnings);
        inventory.Warnings.ShouldAllBe(w => w.Message.Contains($"type {type}"));
        inventory.ReservedRegions.ShouldHaveSingleItem().Devices.Select(d => d.ToString()).ShouldBe(["0000:00:15.0"]);
        inventory.UnresolvedScopes.ShouldBeEmpty();
    }

    [Fact]
    public void Read_Revision2DrhdSize_IsIgnored()
    {
        var bytes = DmarFixtures.Patched("d5-subtables", b => b[0x35] = 0x02);

        DmarFixtures.Summary(DmarTable.Read(bytes)).ShouldBe(DmarFixtures.Summary(DmarTable.Read(DmarFixtures.Table("d5-subtables"))));
    }

    private static void Patch(byte[] bytes, string patch, int at)
    {
        switch (patch)
        {
            case "signature":
                "APIC"u8.CopyTo(bytes);
                break;
            case "subtable-length-0":
                bytes[at] = 0;
                break;
            case "subtable-past-end":
                bytes[at] = 0x40;
                break;
            case "rmrr-shorter-than-24":
                bytes[at] = 0x14;
                break;
            case "scope-length-6":
            case "drhd-scope-length-6":
                bytes[at] = 6;
                break;
            case "scope-length-7":
                bytes[at] = 7;
                break;
            case "scope-odd-path":
                bytes[at] = 9;
                break;
            case "scope-past-rmrr":
                bytes[at] = 0x0a;
                break;
            case "limit-max":
                DmarFixtures.WriteUInt64(bytes, at, ulong.MaxValue);
                break;
            case "limit-last-page":
                DmarFixtures.WriteUInt64(bytes, at, ulong.MaxValue - 0xffe);
                break;
            case "width-zero":
                bytes[at] = 0;
                break;
            case "device-20":
                bytes[at] = 0x20;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(patch), patch, null);
        }
    }
}
