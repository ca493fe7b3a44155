using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// Sorts an RMRR's device scopes: a one-hop endpoint is a device; a longer path or a bridge needs
/// the live bus topology (unresolved, never guessed); other types do not belong in an RMRR.
/// </summary>
internal sealed class DmarRmrrScopes(ImportBuilder builder, Action<string, string, long> warn)
{
    public List<PciAddress> Resolve(DmarRmrr rmrr, AddressRange range)
    {
        var devices = new List<PciAddress>();
        foreach (var scope in rmrr.Scopes)
        {
            switch (scope.Type)
            {
                case DmarScopeType.PciEndpoint when scope.Path.Count == 1:
                    var device = Address(rmrr.Segment, scope);
                    if (!devices.Contains(device))
                    {
                        devices.Add(device);
                    }

                    break;
                case DmarScopeType.PciEndpoint:
                    builder.Unresolved.Add(new UnresolvedScope(range, scope.Describe(rmrr.Segment), $"multi-hop PCI path ({scope.Path.Count} hops, through bridges): the device's bus is known only from the live bridges' secondary bus numbers"));
                    break;
                case DmarScopeType.PciBridge:
                    builder.Unresolved.Add(new UnresolvedScope(range, scope.Describe(rmrr.Segment), "PCI bridge scope: the RMRR covers every device below this bridge, known only from the live bus topology"));
                    break;
                default:
                    warn(DmarCodes.RmrrScopeSkipped, $"Skipped the device scope of type {(byte)scope.Type} ({Name(scope.Type)}) at offset 0x{scope.Offset:x} in the RMRR at offset 0x{rmrr.Offset:x}: only PCI endpoints and bridges belong in an RMRR.", scope.Offset);
                    break;
            }
        }

        return devices;
    }

    private static PciAddress Address(ushort segment, DmarDeviceScope scope)
    {
        var hop = scope.Path[0];
        if (hop.Device > PciAddress.MaxDevice || hop.Function > PciAddress.MaxFunction)
        {
            throw ImportBuilder.AtOffset(scope.Offset + 6, DmarCodes.PciPath, $"The device scope at offset 0x{scope.Offset:x} names device 0x{hop.Device:x}, function {hop.Function}.", "a PCI device number up to 1f and a function up to 7");
        }

        return new PciAddress(segment, scope.StartBus, hop.Device, hop.Function);
    }

    private static string Name(DmarScopeType type) => type switch
    {
        DmarScopeType.IoApic => "IOAPIC",
        DmarScopeType.Hpet => "HPET",
        DmarScopeType.AcpiNamespaceDevice => "ACPI namespace device",
        _ => "reserved",
    };
}
