using System.Buffers.Binary;

namespace Placement.Agent.Tests;

/// <summary>
/// Assembles a binary ACPI DMAR table (ACPI header, host address width, remapping structures) with
/// a correct checksum, from the layout in the VT-d specification, chapter 8.
/// </summary>
internal sealed class DmarBuilder
{
    private readonly List<byte[]> structures = [];

    /// <summary>A DRHD with INCLUDE_PCI_ALL on segment 0 and no device scope.</summary>
    public DmarBuilder IncludeAllUnit(ulong registerBase)
    {
        var drhd = new byte[16];
        Header(drhd, type: 0);
        drhd[4] = 1;
        BinaryPrimitives.WriteUInt64LittleEndian(drhd.AsSpan(8), registerBase);
        structures.Add(drhd);
        return this;
    }

    /// <summary>An RMRR <c>[base, limit]</c> (inclusive limit, as the table stores it) whose scopes are PCI endpoints at one hop: (bus, device, function).</summary>
    public DmarBuilder Rmrr(ulong @base, ulong limit, params (byte Bus, byte Device, byte Function)[] endpoints)
    {
        var rmrr = new byte[24 + (8 * endpoints.Length)];
        Header(rmrr, type: 1);
        BinaryPrimitives.WriteUInt64LittleEndian(rmrr.AsSpan(8), @base);
        BinaryPrimitives.WriteUInt64LittleEndian(rmrr.AsSpan(16), limit);
        for (var i = 0; i < endpoints.Length; i++)
        {
            var scope = rmrr.AsSpan(24 + (8 * i), 8);
            scope[0] = 1;
            scope[1] = 8;
            scope[5] = endpoints[i].Bus;
            scope[6] = endpoints[i].Device;
            scope[7] = endpoints[i].Function;
        }

        structures.Add(rmrr);
        return this;
    }

    /// <summary>An RMRR whose one scope is a PCI endpoint behind bridges: from <paramref name="bus"/> through each (device, function) of <paramref name="path"/>.</summary>
    public DmarBuilder RmrrBehindBridges(ulong @base, ulong limit, byte bus, params (byte Device, byte Function)[] path)
    {
        var rmrr = new byte[24 + 6 + (2 * path.Length)];
        Header(rmrr, type: 1);
        BinaryPrimitives.WriteUInt64LittleEndian(rmrr.AsSpan(8), @base);
        BinaryPrimitives.WriteUInt64LittleEndian(rmrr.AsSpan(16), limit);
        rmrr[24] = 1;
        rmrr[25] = (byte)(6 + (2 * path.Length));
        rmrr[29] = bus;
        for (var i = 0; i < path.Length; i++)
        {
            rmrr[30 + (2 * i)] = path[i].Device;
            rmrr[31 + (2 * i)] = path[i].Function;
        }

        structures.Add(rmrr);
        return this;
    }

    public byte[] Build()
    {
        var table = new byte[48 + structures.Sum(s => s.Length)];
        "DMAR"u8.CopyTo(table);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), (uint)table.Length);
        table[8] = 1;
        "TESTOE"u8.CopyTo(table.AsSpan(10));
        "AGENTTBL"u8.CopyTo(table.AsSpan(16));
        table[36] = 38; // host address width 39 bits, minus one
        var at = 48;
        foreach (var structure in structures)
        {
            structure.CopyTo(table, at);
            at += structure.Length;
        }

        table[9] = (byte)(256 - (table.Sum(b => b) % 256));
        return table;
    }

    /// <summary>
    /// The table as a Xen dom0 sees it: renamed RMAD (current Xen; the same bytes, so the checksum
    /// holds) or XMAR (older Xen; the checksum lowered by 'X' - 'D').
    /// </summary>
    public static byte[] AsXenHidesIt(byte[] table, string name)
    {
        var hidden = (byte[])table.Clone();
        System.Text.Encoding.ASCII.GetBytes(name).CopyTo(hidden, 0);
        if (name == "XMAR")
        {
            hidden[9] = unchecked((byte)(hidden[9] - ('X' - 'D')));
        }

        return hidden;
    }

    private static void Header(byte[] structure, ushort type)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(structure, type);
        BinaryPrimitives.WriteUInt16LittleEndian(structure.AsSpan(2), (ushort)structure.Length);
    }
}
