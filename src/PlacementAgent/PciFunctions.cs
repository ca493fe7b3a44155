using Placement.Domain.Imports;
using Placement.Domain.Pci;

namespace Placement.Agent;

/// <summary>Every PCI function in <c>sys/bus/pci/devices</c>, read by the domain's sysfs reader.</summary>
internal static class PciFunctions
{
    public const string Folder = "sys/bus/pci/devices";

    public static IReadOnlyList<ImportedDevice> Read(HostTree tree, TextWriter messages)
    {
        var devices = new List<ImportedDevice>();
        foreach (var name in tree.List(Folder))
        {
            // VMD puts functions in domains 10000 and up, which no PCI segment (16 bits) names.
            if (!PciAddress.TryParse(name, out var address))
            {
                messages.WriteLine($"warning: skipped {Folder}/{name}: not a PCI address with a 16-bit segment (a VMD domain?).");
                continue;
            }

            string? File(string file) => tree.ReadText($"{Folder}/{name}/{file}");
            var (device, warnings) = SysfsPciFunction.ReadWithWarnings(address, File("vendor"), File("device"), File("class"), File("resource"), File("numa_node"));
            foreach (var warning in warnings)
            {
                messages.WriteLine($"warning: {warning.Message} ({warning.Code})");
            }

            devices.Add(device);
        }

        return devices;
    }
}
