using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Assignment;

/// <summary>Usages and live domains for ownership and hotplug tests, built the way the service builds them.</summary>
internal static class AssignmentBuilders
{
    public static readonly Guid ThisDomain = new("11111111-1111-1111-1111-111111111111");
    public static readonly Guid OtherDomain = new("22222222-2222-2222-2222-222222222222");

    public static HostUsage Usage(ulong memoryMiB, params (string Sbdf, Guid Owner)[] owners) =>
        new(owners.ToDictionary(o => Sbdf(o.Sbdf), o => o.Owner), ByteSize.FromMiB(memoryMiB));

    public static HostUsage Owned(params (string Sbdf, Guid Owner)[] owners) => Usage(0, owners);

    /// <summary>Creates the domain as the service does: plan, keep its layout, own its devices.</summary>
    public static LiveDomain Create(HostInventory host, X86Request request)
    {
        var plan = LayoutPlanner.Plan(host, request);
        var layout = plan.Layout.ShouldNotBeNull(string.Join("; ", plan.Findings.Select(f => f.Message)));
        return new LiveDomain(ThisDomain, request.GlobalPolicy, layout, request.Devices.Select(d => d.Address).ToList(),
            request.PassthroughEnabled || request.Passthrough is null, IdentityMaps.Framebuffer(layout, request));
    }

    /// <summary>What the host's live domains hold once <paramref name="domain"/> runs on it.</summary>
    public static HostUsage UsageOf(LiveDomain domain, ulong memoryMiB) =>
        new(domain.Devices.ToDictionary(d => d, _ => domain.Id), ByteSize.FromMiB(memoryMiB));
}
