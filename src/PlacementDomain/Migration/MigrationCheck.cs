using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Migration;

/// <summary>
/// §7: a migrated domain keeps its layout bit for bit. A target is compatible when it has the
/// architecture and the free memory, and every device to attach there passes §6 against that
/// fixed layout; relaxed conflicts make it compatible with warnings. Regions of the target that
/// the layout does not reserve, where a later hotplug would meet guest RAM or a BAR, are reported
/// for information.
/// </summary>
public static class MigrationCheck
{
    public static TargetVerdict Check(MovingDomain moving, MigrationTarget target)
    {
        var findings = new List<Finding>();
        var outcomes = new List<DeviceOutcome>();
        if (target.Inventory.Architecture != moving.Architecture)
        {
            findings.Add(Finding.Error(FindingCodes.ArchitectureMismatch,
                $"Host {target.Host} is {target.Inventory.Architecture.Name()}; the domain is {moving.Architecture.Name()}."));
            return Verdict(target, outcomes, findings);
        }

        // On its own host the domain holds its name and devices itself: any further finding would blame it on itself.
        if (target.Host == moving.Source)
        {
            findings.Add(Finding.Error(FindingCodes.SameHost, $"The domain runs on {target.Host} already."));
            return Verdict(target, outcomes, findings);
        }

        if (target.NameHolder is { } holder)
        {
            findings.Add(Finding.Error(FindingCodes.DomainNameTaken, $"Domain {holder} on {target.Host} is named '{moving.Name}' too."));
        }

        if (moving.Memory > target.FreeMemory)
        {
            findings.Add(Finding.Error(FindingCodes.InsufficientMemory,
                $"The domain needs {moving.Memory.Bytes / ByteSize.MiB} MiB; host {target.Host} has {target.FreeMemory.Bytes / ByteSize.MiB} MiB free."));
        }

        var scopes = new DeviceScopes(target.Inventory, target.Devices);
        var maps = target.Devices.SelectMany(d => scopes.RegionsOf(d.Address)).Select(r => r.Range).Distinct().ToList();
        foreach (var request in target.Devices)
        {
            var outcome = CheckDevice(moving, target, request, scopes, maps);
            outcomes.Add(outcome);
            findings.AddRange(outcome.Findings);
        }

        findings.AddRange(UnreservedRegions(moving.Domain.Layout, target, scopes));
        return Verdict(target, outcomes, findings);
    }

    private static DeviceOutcome CheckDevice(MovingDomain moving, MigrationTarget target, DeviceRequest request, DeviceScopes scopes, List<AddressRange> maps)
    {
        var policy = RdmPolicies.Of(request, moving.Domain.GlobalPolicy);
        var device = target.Inventory.Devices.FirstOrDefault(d => d.Address == request.Address);
        var findings = DeviceChecks.Check(target.Inventory, device, request, policy, scopes, target.Usage, moving.Domain.Id);
        if (device is not null)
        {
            findings.AddRange(IdentityMaps.Check(moving.Domain.Layout, device.Address, scopes.RegionsOf(device.Address), maps, policy));
        }

        return new DeviceOutcome(request.Address, policy, DeviceChecks.OutcomeOf(findings), findings);
    }

    /// <summary>The target's other regions that the layout leaves where a later identity map would fail.</summary>
    private static IEnumerable<Finding> UnreservedRegions(DomainLayout layout, MigrationTarget target, DeviceScopes scopes)
    {
        var attached = target.Devices.SelectMany(d => scopes.RegionsOf(d.Address)).ToHashSet();
        foreach (var region in target.Inventory.ReservedRegions)
        {
            if (!attached.Contains(region) && IdentityMaps.ObstacleOf(layout, region.Range, []) is { } obstacle)
            {
                yield return Finding.Info(FindingCodes.RegionNotReserved,
                    $"RMRR {region.Range} of {string.Join(", ", region.Devices)} on {target.Host} is not reserved in the guest's layout: {obstacle}. " +
                    "Those devices could not be hotplugged there under strict.", region.Range);
            }
        }
    }

    private static TargetVerdict Verdict(MigrationTarget target, List<DeviceOutcome> outcomes, List<Finding> findings)
    {
        var verdict = findings.Exists(f => f.Severity == Severity.Error) ? MigrationVerdict.Incompatible
            : findings.Exists(f => f.Severity == Severity.Warning) ? MigrationVerdict.CompatibleWithWarnings
            : MigrationVerdict.Compatible;
        return new TargetVerdict(target.Host, verdict, target.FreeMemory, outcomes, findings);
    }

    /// <summary>Compatible first, then fewer warnings, then more free memory; by name last, so the order is stable.</summary>
    public static List<TargetVerdict> Rank(IEnumerable<TargetVerdict> verdicts) =>
        verdicts.OrderBy(v => v.Verdict).ThenBy(v => v.Warnings).ThenByDescending(v => v.FreeMemory).ThenBy(v => v.Host.Value, StringComparer.Ordinal).ToList();
}
