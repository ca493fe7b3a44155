using System.Text;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.XlConfig;

/// <summary>
/// The xl.cfg lines that make xl build a domain's layout: its creation request's settings, the
/// MMIO hole the layout was built with, and rdm= and pci= written the way current xl (4.15
/// onward) reads them (ADR 0021): no <c>policy=</c> in rdm=, and a device's rdm_policy written
/// whenever xl's default for it would not be the service's. Reading the text back with
/// <see cref="XlConfigImport"/> gives the same request, but for the cases the ADR lists.
/// </summary>
public static class XlConfigWriter
{
    public static string Write(string name, X86Request request, DomainLayout layout)
    {
        var text = new StringBuilder();
        Line(text, $"# Domain {name}: the settings that make xl build the layout the placement service planned for it.");
        Line(text, $"name = \"{name}\"");
        Line(text, "type = \"hvm\"");
        Line(text, $"memory = {request.MemoryMiB}");
        if (request.MaxMemMiB is { } maxmem)
        {
            Line(text, $"maxmem = {maxmem}");
        }

        Line(text, $"vga = \"{request.Emulated.Vga.Name()}\"");
        Line(text, $"videoram = {request.VideoRamMiB}");
        Line(text, $"hap = {(request.Hap ? 1 : 0)}");
        Line(text, $"bios = \"{request.Firmware.Name()}\"");
        Line(text, $"xen_platform_pci = {(request.Emulated.XenPlatformPci ? 1 : 0)}");
        if (request.Passthrough is { } passthrough)
        {
            // Unset, xl enables it exactly when the domain has devices, as the service does.
            Line(text, $"passthrough = \"{(passthrough ? "enabled" : "disabled")}\"");
        }
        if (request.Emulated.Nics.Count > 0)
        {
            Line(text, $"vif = [ {string.Join(", ", request.Emulated.Nics.Select(n => $"'model={n.Name()}'"))} ]");
        }

        MmioHole(text, layout);
        var devicePolicies = Rdm(text, request, layout);
        Line(text, $"rdm_mem_boundary = {request.RdmMemBoundaryMiB}");
        if (request.Devices.Count > 0)
        {
            Line(text, "pci = [");
            foreach (var device in request.Devices)
            {
                var policy = devicePolicies || device.Policy is not null ? $",rdm_policy={request.PolicyOf(device).Name()}" : "";
                Line(text, $"    '{device.Address}{policy}',");
            }

            Line(text, "]");
        }

        return text.ToString();
    }

    /// <summary>
    /// The smallest sufficient hole (mmioHoleMiBNeeded): provisioned statically, hvmloader never has
    /// to move RAM at boot to fit the BARs. When it differs from the hole the domain was built with,
    /// a comment says so (the BARs then start elsewhere); with no sufficient hole, the built one.
    /// </summary>
    private static void MmioHole(StringBuilder text, DomainLayout layout)
    {
        var built = (PhysicalAddress.FourGiB - layout.MmioHoleStart).Bytes / ByteSize.MiB;
        Line(text, layout.MmioHoleMiBNeeded switch
        {
            { } needed when needed == built => "# The smallest MMIO hole that holds every BAR below 4G clear of the kept reserved regions (mmioHoleMiBNeeded).",
            { } needed => $"# The smallest MMIO hole that holds every BAR below 4G clear of the kept reserved regions (mmioHoleMiBNeeded); " +
                $"the domain was built with {built} MiB, so its BARs start elsewhere under this one.",
            null => "# The hole this layout was built with; no hole up to 3840 MiB holds every BAR below 4G (a 64-bit BAR over 1 GiB goes above 4G).",
        });
        Line(text, $"mmio_hole = {layout.MmioHoleMiBNeeded ?? built}");
    }

    /// <summary>
    /// rdm=, as current xl reads it: an rdm= with policy= is dropped since xl 4.15, and
    /// <c>strategy=host</c> alone leaves the global policy undefined. That policy only decides what
    /// happens to a host region still in conflict with RAM, so <c>strategy=host</c> alone is safe when
    /// no host region was dropped for a relaxed conflict; every device then gets its rdm_policy
    /// written. Returns whether devices without their own policy need it written.
    /// </summary>
    private static bool Rdm(StringBuilder text, X86Request request, DomainLayout layout)
    {
        switch (request.Strategy)
        {
            case RdmStrategy.Host when layout.ReservedDeviceMemory.Any(e => e.Source == RdmSource.Host && !e.IsKept):
                Line(text, "# A host region conflicts with RAM and is dropped under the relaxed global policy. No rdm= says so to xl 4.15 onward:");
                Line(text, "# it drops this line (inverted policy check), and strategy=host alone leaves the policy undefined. Xen 4.14 and earlier read it.");
                Line(text, $"rdm = \"strategy=host,policy={request.EffectiveGlobalPolicy.Name()}\"");
                return true;
            case RdmStrategy.Host:
                Line(text, "# No policy= here: xl 4.15 onward drops an rdm= that has one. Without it xl leaves the global policy undefined,");
                Line(text, "# which no host region of this layout needs (none conflicts with RAM), and each pci entry has its own rdm_policy.");
                Line(text, "rdm = \"strategy=host\"");
                return true;
            case RdmStrategy.Explicit or RdmStrategy.Pool:
                Line(text, $"# rdm strategy {request.Strategy.Name()} has no xl equivalent: xl will not reserve these ranges the service reserves for this domain:");
                foreach (var entry in layout.ReservedDeviceMemory.Where(e => e.Source != RdmSource.Device && e.IsKept))
                {
                    Line(text, $"#   {entry.Range.Start}-{entry.Range.End} (end exclusive), policy {entry.Policy.Name()}");
                }

                break;
        }

        if (request.GlobalPolicy is { } global)
        {
            Line(text, $"# rdm policy {global.Name()} is written into each pci entry's rdm_policy: xl 4.15 onward drops an rdm= that has policy=.");
        }

        return request.GlobalPolicy is not null;
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
