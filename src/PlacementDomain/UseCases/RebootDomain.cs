using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.UseCases;

public abstract record RebootOutcome
{
    /// <summary>
    /// The domain started again: an x86_64 one with the layout recomputed (<see cref="Changes"/> says
    /// what differs from the last boot, empty when nothing does); an arm64 one with what it has.
    /// </summary>
    public sealed record Rebooted(PlacedDomain Domain, IReadOnlyList<string> Changes) : RebootOutcome;

    /// <summary>The recomputed layout has an error: the domain keeps its layout and devices.</summary>
    public sealed record Refused(IReadOnlyList<Finding> Findings) : RebootOutcome;

    public sealed record DomainDestroyed : RebootOutcome;

    public sealed record DomainNotFound : RebootOutcome;
}

/// <summary>
/// A reboot as xl's restart does it (§4 step 3): the domain is built again from its creation
/// settings, the host's inventory as it is now and the devices it holds now, each with the policy it
/// was attached with, in attach order; §3-§6 run as at creation. A feasible plan's layout replaces
/// the old one; an error refuses the reboot and changes nothing. An arm64 domain boots on the same
/// static banks and keeps its layout. A destroyed domain does not reboot.
/// </summary>
public static class RebootDomain
{
    public static RebootOutcome Decide(PlacedDomain domain, HostInventory host, HostUsage usage)
    {
        if (!domain.IsLive)
        {
            return new RebootOutcome.DomainDestroyed();
        }

        if (domain.Request is not X86Request settings || domain.Layout is not DomainLayout before)
        {
            return new RebootOutcome.Rebooted(domain, []);
        }

        var request = settings with { Devices = domain.DeviceRequests };
        var plan = LayoutPlanner.Plan(host, request, usage.Without(domain.Id, ByteSize.FromMiB(settings.MemoryMiB)));
        if (plan.Layout is not { } after)
        {
            return new RebootOutcome.Refused(plan.Findings);
        }

        var devices = domain.Devices.Zip(plan.Devices, (held, now) => held with { IdentityMaps = now.IdentityMaps }).ToList();
        return new RebootOutcome.Rebooted(domain with { Layout = after, Findings = plan.Findings, Devices = devices }, Changes(before, after));
    }

    /// <summary>What differs between two layouts, in words: RAM ends, the hole, reserved regions, BARs moved.</summary>
    public static List<string> Changes(DomainLayout before, DomainLayout after)
    {
        var changes = new List<string>();
        void Compare<T>(string what, T old, T now)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now))
            {
                changes.Add($"{what} {Show(old)} -> {Show(now)}");
            }
        }

        Compare("lowMemEnd", before.Ram.LowEnd, after.Ram.LowEnd);
        Compare("highMemEnd", before.Ram.HighEnd, after.Ram.HighEnd);
        Compare("mmioHoleStart", before.MmioHoleStart, after.MmioHoleStart);
        var (oldRegions, newRegions) = (Regions(before), Regions(after));
        changes.AddRange(newRegions.Except(oldRegions).Select(r => $"reserves {r}"));
        changes.AddRange(oldRegions.Except(newRegions).Select(r => $"no longer reserves {r}"));
        var moved = after.Bars.Where(b => !before.Bars.Contains(b)).Select(b => $"{b.Slot} BAR {b.Index}").ToList();
        if (moved.Count > 0)
        {
            changes.Add($"BARs placed anew: {string.Join(", ", moved)}");
        }

        return changes;
    }

    private static string Show<T>(T value) => value?.ToString() ?? "none";

    private static List<string> Regions(DomainLayout layout) =>
        layout.ReservedDeviceMemory.Where(e => e.IsKept).Select(e => e.Range.ToString()).ToList();
}
