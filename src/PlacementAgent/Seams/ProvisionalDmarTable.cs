using System.Buffers.Binary;
using Placement.Domain.Imports;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Agent.Seams;

/// <summary>
/// Stands in for the domain's DMAR reader until it is merged: the RMRRs of a binary ACPI DMAR
/// table with their one-hop PCI endpoint scopes; any other scope is unresolved.
/// </summary>
internal static class ProvisionalDmarTable
{
    private const int HeaderLength = 48;
    private const ushort RmrrType = 1;

    public static ImportOutcome Read(ReadOnlySpan<byte> table)
    {
        if (table.Length < HeaderLength || !table[..4].SequenceEqual("DMAR"u8)
            || BinaryPrimitives.ReadUInt32LittleEndian(table[4..]) is var length && length < HeaderLength || length > table.Length)
        {
            return new Unreadable(new ImportFailure("dmar-bad-header", "Not a DMAR table.", "DMAR and a length of at least 48 bytes", Offset: 0));
        }

        var regions = new List<ImportedRegion>();
        var unresolved = new List<UnresolvedScope>();
        var warnings = new List<ImportWarning>();
        if (Checksum(table[..(int)length]) != 0)
        {
            warnings.Add(new ImportWarning("dmar-bad-checksum", "The table's bytes do not add up to 0 mod 256.", Offset: 9));
        }

        for (var at = HeaderLength; at + 4 <= length;)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(table[at..]);
            var size = BinaryPrimitives.ReadUInt16LittleEndian(table[(at + 2)..]);
            if (size < 4 || at + size > length || (type == RmrrType && size < 24))
            {
                return new Unreadable(new ImportFailure("dmar-bad-structure", "A remapping structure runs past the table.", "a structure of 4 bytes or more inside the table", Offset: at + 2));
            }

            if (type == RmrrType)
            {
                Rmrr(table.Slice(at, size), regions, unresolved);
            }

            at += size;
        }

        return new Imported(new PartialInventory(ImportFormat.AcpiDmar, regions, unresolved, [], null, warnings));
    }

    private static void Rmrr(ReadOnlySpan<byte> rmrr, List<ImportedRegion> regions, List<UnresolvedScope> unresolved)
    {
        var segment = BinaryPrimitives.ReadUInt16LittleEndian(rmrr[6..]);
        var range = new AddressRange(new PhysicalAddress(BinaryPrimitives.ReadUInt64LittleEndian(rmrr[8..])),
            new PhysicalAddress(BinaryPrimitives.ReadUInt64LittleEndian(rmrr[16..]) + 1));
        var devices = new List<PciAddress>();
        for (var at = 24; at + 6 <= rmrr.Length && rmrr[at + 1] >= 6;)
        {
            var scope = rmrr.Slice(at, Math.Min(rmrr[at + 1], rmrr.Length - at));
            if (scope[0] == 1 && scope.Length == 8 && scope[6] <= PciAddress.MaxDevice && scope[7] <= PciAddress.MaxFunction)
            {
                devices.Add(new PciAddress(segment, scope[5], scope[6], scope[7]));
            }
            else if (scope[0] is 1 or 2)
            {
                unresolved.Add(new UnresolvedScope(range, Describe(segment, scope), scope[0] == 1 ? "multi-hop PCI path" : "PCI bridge scope"));
            }

            at += scope.Length;
        }

        regions.Add(new ImportedRegion(range, devices));
    }

    /// <summary>The path as <c>SSSS:BB:DD.F/DD.F/...</c>, as the domain's reader gives it.</summary>
    private static string Describe(ushort segment, ReadOnlySpan<byte> scope)
    {
        var hops = new List<string>();
        for (var at = 6; at + 1 < scope.Length; at += 2)
        {
            hops.Add($"{scope[at]:x2}.{scope[at + 1]:x}");
        }

        return $"{segment:x4}:{scope[5]:x2}:" + string.Join('/', hops);
    }

    private static byte Checksum(ReadOnlySpan<byte> bytes)
    {
        byte sum = 0;
        foreach (var b in bytes)
        {
            sum = unchecked((byte)(sum + b));
        }

        return sum;
    }
}
