using Placement.Domain.Imports;
using Placement.Domain.Pci;

namespace Placement.Agent.Seams;

/// <summary>The domain's sysfs reader, through a stand-in until it is merged.</summary>
internal static class DomainReaders
{
    public static (ImportedDevice Device, IReadOnlyList<ImportWarning> Warnings) ReadPciFunction(
        PciAddress address, string? vendor, string? device, string? @class, string? resource, string? numaNode) =>
        ProvisionalSysfsPciFunction.ReadWithWarnings(address, vendor, device, @class, resource, numaNode);
}
