using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>
/// §6 rule 3: each RMRR of a device joining a domain is identity-mapped into the domain's layout
/// (its last boot), and the hypervisor's p2m alone decides: a page that is unpopulated or already
/// mapped 1:1 is fine, a populated one is a conflict. Populated: guest RAM (a dropped RDM is RAM,
/// the VGA hole is not), the ACPI and special pages, the first 64 KiB of hvmloader's dynamic area,
/// its shared-info page, the APIC access page, the VGA framebuffer where QEMU maps the video RAM,
/// and the memory BARs of passed-through devices. Strict refuses, relaxed attaches with a warning.
/// </summary>
public static class IdentityMaps
{
    private static readonly AddressRange VgaHole = new(new PhysicalAddress(0xA0000), new PhysicalAddress(0xC0000));

    /// <summary>The pages the firmware, the toolstack and the hypervisor populate outside guest RAM (§6.3), with their names.</summary>
    public static readonly IReadOnlyList<(AddressRange Range, string Name)> PopulatedFirmwarePages =
    [
        (FirmwareView.AcpiPages, "hvmloader's ACPI pages"),
        (FirmwareView.SpecialPages, "the special and ioreq pages"),
        (FirmwareView.DynamicAreaStart, "the first 64 KiB of hvmloader's dynamic area"),
        (FirmwareView.SharedInfoPage, "the shared-info page"),
        (FirmwareView.ApicAccessPage, "the APIC access page"),
    ];

    public static List<Finding> Check(LiveDomain domain, PciAddress device, IReadOnlyList<ReservedRegion> regions, RdmPolicy policy)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            if (ObstacleOf(domain.Layout, domain.Framebuffer, region.Range) is { } obstacle)
            {
                findings.Add(Finding.ByPolicy(policy, FindingCodes.IdentityMapConflict,
                    $"Cannot set up identity map {region.Range} for {device}: {obstacle}.{Avoid(policy)}", region.Range, device));
            }
        }

        return findings;
    }

    /// <summary>The regions mapped 1:1 for a device joining a layout: those the checks found no conflict for.</summary>
    public static List<AddressRange> Mapped(IReadOnlyList<ReservedRegion> regions, IReadOnlyList<Finding> findings) =>
        regions.Select(r => r.Range).Where(r => !findings.Any(f => f.Code == FindingCodes.IdentityMapConflict && f.Range == r)).ToList();

    /// <summary>What an identity map of <paramref name="range"/> would hit in the layout, in words; null when nothing.</summary>
    public static string? ObstacleOf(DomainLayout layout, AddressRange? framebuffer, AddressRange range)
    {
        for (var i = 0; i < layout.ReservedDeviceMemory.Count; i++)
        {
            var entry = layout.ReservedDeviceMemory[i];
            if (entry.Status == RdmStatus.Dropped && entry.Range.Overlaps(range))
            {
                return $"the RDM {entry.Range} was dropped at creation and is guest RAM";
            }
        }

        if (layout.Ram.OverlapsRam(range) && !VgaHole.Contains(range))
        {
            return "it is guest RAM";
        }

        foreach (var (pages, name) in PopulatedFirmwarePages)
        {
            if (pages.Overlaps(range))
            {
                return $"it overlaps {name} {pages}, which are populated";
            }
        }

        if (framebuffer is { } vram && vram.Overlaps(range))
        {
            return $"QEMU maps the emulated VGA's video RAM at {vram}";
        }

        for (var i = 0; i < layout.Bars.Count; i++)
        {
            var bar = layout.Bars[i];
            if (bar.Host is { } host && bar.IsMemory && bar.Range is { } at && at.Overlaps(range))
            {
                return $"BAR {bar.Index} of the passed-through {host} is at {at}";
            }
        }

        return null;
    }

    /// <summary>
    /// Where QEMU maps the VGA's video RAM: the first <c>videoram</c> bytes of cirrus's BAR0, the
    /// whole BAR0 of stdvga and qxl; null without a VGA or when BAR0 found no room.
    /// </summary>
    public static AddressRange? Framebuffer(DomainLayout layout, X86Request request)
    {
        if (GuestBus.VgaSlot(request.Emulated) is not { } slot)
        {
            return null;
        }

        var bar = layout.Bars.FirstOrDefault(b => b.Slot == slot && b.Host is null && b.Index == 0);
        if (bar?.Range is not { } range)
        {
            return null;
        }

        return request.Emulated.Vga == VgaModel.Cirrus ? AddressRange.FromSize(range.Start, range.Size < ByteSize.FromMiB(request.VideoRamMiB) ? range.Size : ByteSize.FromMiB(request.VideoRamMiB)) : range;
    }

    private static string Avoid(RdmPolicy policy) => policy == RdmPolicy.Strict
        ? " rdmPolicy relaxed attaches the device without the map there (it may misbehave); creating the domain with rdm.strategy host reserves the region and keeps it free for a later hotplug."
        : " The device is attached without the map there and may misbehave; creating the domain with rdm.strategy host reserves the region and keeps it free for a later hotplug.";
}
