using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>An RDM entry of a domain (§4), with the policy it is held to and why it is there.</summary>
public sealed record RdmEntry(AddressRange Range, RdmPolicy Policy, RdmSource Source, RdmStatus Status = RdmStatus.Reserved)
{
    public bool IsKept => Status == RdmStatus.Reserved;
}

public enum MemoryType
{
    Ram,
    Reserved,
    Nvs,
}

/// <summary>One entry of a memory map; <see cref="Range"/> has an exclusive end.</summary>
public sealed record MemoryMapEntry(AddressRange Range, MemoryType Type);

public enum BarWindow
{
    /// <summary>Below 4G, in <c>[mmioHoleStart, 0xFC000000)</c>.</summary>
    Low,

    /// <summary>Above RAM and 4G, up to the top of the physical address space.</summary>
    High,

    /// <summary>I/O port space <c>[0xC000, 0x10000)</c>.</summary>
    Io,
}

/// <summary>Where the firmware puts one BAR of an assigned device.</summary>
public sealed record PlacedBar(PciAddress Device, int Index, AddressRange Range, BarWindow Window);

public enum AssignmentOutcome
{
    Assigned,
    AssignedWithWarnings,
    Refused,
}

/// <summary>What happens to one requested device, and the findings that concern it.</summary>
public sealed record DeviceOutcome(PciAddress Device, RdmPolicy Policy, AssignmentOutcome Outcome, IReadOnlyList<Finding> Findings);
