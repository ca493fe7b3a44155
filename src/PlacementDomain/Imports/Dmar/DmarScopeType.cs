namespace Placement.Domain.Imports;

/// <summary>The type byte of a DMAR device scope entry (VT-d specification §8.3.1).</summary>
public enum DmarScopeType : byte
{
    /// <summary>A PCI endpoint device: the path names one function.</summary>
    PciEndpoint = 1,

    /// <summary>A PCI bridge: the scope covers every device below it.</summary>
    PciBridge = 2,

    /// <summary>An I/O APIC; the enumeration ID is its APIC ID.</summary>
    IoApic = 3,

    /// <summary>An MSI-capable HPET; the enumeration ID is its number.</summary>
    Hpet = 4,

    /// <summary>An ACPI namespace device declared by an ANDD; the enumeration ID is its device number.</summary>
    AcpiNamespaceDevice = 5,
}
