using Placement.Domain.Imports;
using Placement.Domain.Pci;

namespace Placement.Agent.Seams;

/// <summary>The domain's pure readers the agent uses for sysfs functions and the DMAR table.</summary>
internal static class DomainReaders
{
    public static (ImportedDevice Device, IReadOnlyList<ImportWarning> Warnings) ReadPciFunction(
        PciAddress address, string? vendor, string? device, string? @class, string? resource, string? numaNode) =>
        ProvisionalSysfsPciFunction.ReadWithWarnings(address, vendor, device, @class, resource, numaNode);

    public static ImportOutcome ReadDmar(ReadOnlySpan<byte> table) => ProvisionalDmarTable.Read(table);
}
