using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>§5: what hvmloader adds around libxl's memory map, and the area it keeps for itself.</summary>
public static class FirmwareView
{
    /// <summary>hvmloader's own dynamic area: an RDM kept here passes libxl but crashes the firmware.</summary>
    public static readonly AddressRange DynamicArea = new(new PhysicalAddress(0xFC100000), new PhysicalAddress(0xFE000000));

    /// <summary>
    /// hvmloader's ACPI info page and tables (NVS): 17 pages from 0xFC000000, a safe upper bound
    /// (real guests end near 0xFC00B000).
    /// </summary>
    public static readonly AddressRange AcpiPages = new(new PhysicalAddress(0xFC000000), new PhysicalAddress(0xFC011000));

    /// <summary>The special and ioreq pages the toolstack populates before any device is assigned.</summary>
    public static readonly AddressRange SpecialPages = new(new PhysicalAddress(0xFEFF0000), new PhysicalAddress(0xFF000000));

    /// <summary>The first 64 KiB of the dynamic area, which hvmloader populates.</summary>
    public static readonly AddressRange DynamicAreaStart = AddressRange.FromSize(DynamicArea.Start, new ByteSize(0x10000));

    /// <summary>The shared-info page, the dynamic area's last page.</summary>
    public static readonly AddressRange SharedInfoPage = new(new PhysicalAddress(0xFDFFF000), DynamicArea.End);

    /// <summary>The APIC access page the hypervisor maps when it builds the domain, before any device is assigned.</summary>
    public static readonly AddressRange ApicAccessPage = new(new PhysicalAddress(0xFEE00000), new PhysicalAddress(0xFEE01000));

    public static readonly PhysicalAddress OneMiB = new(ByteSize.MiB);

    private static readonly PhysicalAddress LegacyRamEnd = new(0xA0000);

    /// <summary>More entries than this and libxl refuses the map ("Too many entries in the memory map").</summary>
    public const int MaxMemoryMapEntries = 128;

    /// <summary>§3 step 5, as handed to the firmware: low RAM, each kept RDM, high RAM.</summary>
    public static List<MemoryMapEntry> GuestMemoryMap(RamLayout ram, IReadOnlyList<AddressRange> kept)
    {
        var map = new List<MemoryMapEntry>();
        if (ram.LowEnd > OneMiB)
        {
            map.Add(new(new AddressRange(OneMiB, ram.LowEnd), MemoryType.Ram));
        }

        map.AddRange(kept.Select(range => new MemoryMapEntry(range, MemoryType.Reserved)));
        if (ram.HighRam is { } high)
        {
            map.Add(new(high, MemoryType.Ram));
        }

        return map;
    }

    /// <summary>The final E820 the guest sees, sorted by start.</summary>
    public static List<MemoryMapEntry> E820(GuestFirmware firmware, IEnumerable<MemoryMapEntry> guestMemoryMap)
    {
        var biosBase = new PhysicalAddress(firmware == GuestFirmware.Ovmf ? 0xF0000UL : 0xD0000UL);
        var e820 = new List<MemoryMapEntry>
        {
            new(new AddressRange(PhysicalAddress.Zero, LegacyRamEnd), MemoryType.Ram),
            new(new AddressRange(biosBase, OneMiB), MemoryType.Reserved),
            new(AcpiPages, MemoryType.Nvs),
            new(new AddressRange(AcpiPages.End, PhysicalAddress.FourGiB), MemoryType.Reserved),
        };
        e820.AddRange(guestMemoryMap);
        // Insertion sort: stable (equal starts keep the order above) and cheap for a dozen entries.
        for (var i = 1; i < e820.Count; i++)
        {
            var entry = e820[i];
            var j = i - 1;
            for (; j >= 0 && e820[j].Range.Start > entry.Range.Start; j--)
            {
                e820[j + 1] = e820[j];
            }

            e820[j + 1] = entry;
        }

        return e820;
    }
}
