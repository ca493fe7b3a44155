using Placement.Domain.Inventory;
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

    /// <summary>No room was left: hvmloader leaves the BAR unprogrammed and the guest boots without it.</summary>
    Unplaced,
}

/// <summary>
/// One BAR of a function on the guest's bus 0 and where hvmloader puts it: <see cref="Slot"/> is
/// the guest address (<c>0000:00:04.0</c>), <see cref="Host"/> the host device behind it for a
/// passed-through one (null for an emulated function), <see cref="Index"/> 0-5 or 6 for the ROM.
/// <see cref="Range"/> is null when the BAR is <see cref="BarWindow.Unplaced"/>.
/// </summary>
public sealed record PlacedBar(PciAddress Slot, int Index, BarKind Kind, ByteSize Size, bool Is64Bit, PciAddress? Host, AddressRange? Range, BarWindow Window)
{
    /// <summary>Memory-window space (memory and ROM BARs, not I/O ports).</summary>
    public bool IsMemory => Kind != BarKind.Io;
}

public enum AssignmentOutcome
{
    Assigned,
    AssignedWithWarnings,
    Refused,
}

/// <summary>What happens to one requested device, and the findings that concern it.</summary>
public sealed record DeviceOutcome(PciAddress Device, RdmPolicy Policy, AssignmentOutcome Outcome, IReadOnlyList<Finding> Findings)
{
    /// <summary>The device's RMRRs identity-mapped into the guest: those kept in the layout, or (joining a layout) those without a conflict.</summary>
    public IReadOnlyList<AddressRange> IdentityMaps { get; init; } = [];
}
