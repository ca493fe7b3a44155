using System.Globalization;
using System.Text;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The dom0less domain node Xen boots the domain from (docs/misc/arm/device-tree/booting.txt):
/// <c>memory</c> in KiB, <c>cpus</c>, <c>vpl011</c> when the domain has one, and for a
/// direct-mapped domain <c>direct-map</c> with its banks in <c>xen,static-mem</c> (two cells per
/// address and size). Since Xen 4.17 those cells follow the parent node's <c>#address-cells</c>
/// and <c>#size-cells</c>, so the node comes inside a <c>chosen</c> node that sets both to 2.
/// </summary>
public static class DeviceTreeFragment
{
    private const string Indent = "        ";

    public static string Render(string? name, ByteSize memory, ArmOptions options, IReadOnlyList<AddressRange> banks)
    {
        var text = new StringBuilder();
        text.Append("chosen {\n");
        text.Append("    #address-cells = <0x2>;\n");
        text.Append("    #size-cells = <0x2>;\n\n");
        text.Append(CultureInfo.InvariantCulture, $"    {name ?? "domU"} {{\n");
        text.Append(Indent).Append("compatible = \"xen,domain\";\n");
        text.Append(Indent).Append("#address-cells = <0x2>;\n");
        text.Append(Indent).Append("#size-cells = <0x2>;\n");
        text.Append(Indent).Append(CultureInfo.InvariantCulture, $"memory = <{Cells(memory.Bytes / ByteSize.KiB)}>;\n");
        text.Append(Indent).Append(CultureInfo.InvariantCulture, $"cpus = <0x{options.Vcpus:x}>;\n");
        if (options.Vpl011)
        {
            text.Append(Indent).Append("vpl011;\n");
        }

        if (options.DirectMap)
        {
            text.Append(Indent).Append("direct-map;\n");
            text.Append(Indent).Append("xen,static-mem = <");
            text.AppendJoin(' ', banks.Select(b => $"{Cells(b.Start.Value)} {Cells(b.Size.Bytes)}"));
            text.Append(">;\n");
        }

        text.Append("    };\n");
        text.Append("};\n");
        return text.ToString();
    }

    private static string Cells(ulong value) => string.Create(CultureInfo.InvariantCulture, $"0x{value >> 32:x} 0x{value & 0xFFFFFFFF:x}");
}
