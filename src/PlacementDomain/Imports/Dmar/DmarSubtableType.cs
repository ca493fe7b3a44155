namespace Placement.Domain.Imports;

/// <summary>
/// The remapping structure types of a DMAR table (VT-d specification §8; ACPICA <c>actbl1.h</c>).
/// Values above <see cref="Sidp"/> are reserved: a reader skips them by their length.
/// </summary>
public enum DmarSubtableType : ushort
{
    /// <summary>DMA remapping hardware unit definition (DRHD): an IOMMU and the devices it serves.</summary>
    Drhd = 0,

    /// <summary>Reserved memory region reporting (RMRR): memory the named devices keep using for DMA.</summary>
    Rmrr = 1,

    /// <summary>Root port ATS capability reporting (ATSR).</summary>
    Atsr = 2,

    /// <summary>Remapping hardware static affinity (RHSA): an IOMMU's NUMA proximity domain.</summary>
    Rhsa = 3,

    /// <summary>ACPI namespace device declaration (ANDD).</summary>
    Andd = 4,

    /// <summary>SoC integrated address translation cache (SATC).</summary>
    Satc = 5,

    /// <summary>SoC integrated device property reporting (SIDP, VT-d 4.1).</summary>
    Sidp = 6,
}
