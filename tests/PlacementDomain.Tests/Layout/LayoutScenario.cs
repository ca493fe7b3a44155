using System.Globalization;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Tests.Layout;

/// <summary>A generated host and request; printed in full so that a failing property can be replayed by hand.</summary>
internal sealed record LayoutScenario(HostInventory Host, X86Request Request)
{
    public LayoutPlan Plan() => LayoutPlanner.Plan(Host, Request);

    /// <summary>§3 step 1: min(ram, 4G - hole), before any RDM moves it.</summary>
    public ulong InitialLowEnd =>
        Math.Min((Request.MemoryMiB - Request.VideoRamMiB) * LayoutBuilders.MiB, LayoutBuilders.FourG - ((Request.MmioHoleMiB ?? X86Request.DefaultMmioHoleMiB) * LayoutBuilders.MiB));

    public override string ToString()
    {
        var devices = string.Join("; ", Host.Devices.Select(d =>
            $"{d.Address}{(d.IommuProtected ? "" : " no-iommu")} [{string.Join(", ", d.Bars.Select(Describe))}]"));
        var regions = string.Join("; ", Host.ReservedRegions.Select(r => $"{r.Range} {{{string.Join(", ", r.Devices)}}}"));
        var r = Request;
        var assigned = string.Join(", ", r.Devices.Select(d => $"{d.Address}:{d.Policy?.ToString() ?? "-"}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"host bits={Host.PhysAddressBits} iommu={Host.Iommu} devices=[{devices}] regions=[{regions}]; "
            + $"request memory={r.MemoryMiB} video={r.VideoRamMiB} hap={r.Hap} hole={r.MmioHoleMiB?.ToString(CultureInfo.InvariantCulture) ?? "-"} "
            + $"strategy={r.Strategy} policy={r.GlobalPolicy?.ToString() ?? "-"} boundary={r.RdmMemBoundaryMiB} firmware={r.Firmware} devices=[{assigned}]");
    }

    private static string Describe(Bar bar) => $"{bar.Index}:{bar.Kind}{(bar.Is64Bit ? "64" : "")} {bar.Size}";
}
