using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

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
    public static TargetVerdict Check(MovingDomain moving, MigrationTarget target) => Assess(moving, target).ToVerdict(moving.Domain.Layout);

    /// <summary>The verdict for a target that names no known host.</summary>
    public static TargetVerdict Unknown(HostName host) => new(host, MigrationVerdict.Incompatible, ByteSize.Zero, [],
        [Finding.Error(FindingCodes.HostUnknown, $"There is no host named '{host}'.")]);

    /// <summary>Compatible first, then fewer warnings, then more free memory; by name last, so the order is stable.</summary>
    public static List<TargetVerdict> Rank(IEnumerable<TargetVerdict> verdicts) =>
        verdicts.OrderBy(v => new TargetRanking.Key(v.Verdict, v.Warnings, v.FreeMemory, v.Host), TargetRanking.Order).ToList();

    /// <summary>The check without the region-not-reserved findings, which change no rank: enough to rank the target.</summary>
    internal static TargetAssessment Assess(MovingDomain moving, MigrationTarget target)
    {
        var findings = new List<Finding>();
        var outcomes = new List<DeviceOutcome>(target.Devices?.Count ?? moving.Held.Count);
        if (target.Inventory.Architecture != moving.Architecture)
        {
            findings.Add(Finding.Error(FindingCodes.ArchitectureMismatch,
                $"Host {target.Host} is {target.Inventory.Architecture.Name()}; the domain is {moving.Architecture.Name()}."));
            return new TargetAssessment(target, DeviceMapping.None, null, outcomes, findings);
        }

        // On its own host the domain holds its name and devices itself: any further finding would blame it on itself.
        if (target.Host == moving.Source)
        {
            findings.Add(Finding.Error(FindingCodes.SameHost, $"The domain runs on {target.Host} already."));
            return new TargetAssessment(target, DeviceMapping.None, null, outcomes, findings);
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

        var mapping = target.Devices is { } named ? DeviceMapping.Named(named) : EquivalentDevices.Map(moving, target);
        var devices = mapping.Devices;
        var scopes = new DeviceScopes(target.Inventory, devices);
        for (var i = 0; i < devices.Count; i++)
        {
            var outcome = CheckDevice(moving, target, devices[i], scopes);
            if (mapping.IsLeftWhereAnotherWent(i))
            {
                outcome = Taken(outcome, target.Host);
            }

            outcomes.Add(outcome);
            findings.AddRange(outcome.Findings);
        }

        return new TargetAssessment(target, mapping, scopes, outcomes, findings);
    }

    /// <summary>
    /// The findings of attaching one device to the fixed layout (identity maps of the devices
    /// attached with it are 1:1 already, so they never conflict).
    /// </summary>
    internal static DeviceOutcome CheckDevice(MovingDomain moving, MigrationTarget target, DeviceRequest request, DeviceScopes scopes)
    {
        var policy = RdmPolicies.Of(request, moving.Domain.GlobalPolicy);
        var device = Find(target.Inventory.Devices, request.Address);
        var findings = DeviceChecks.Check(target.Inventory, device, request, policy, scopes, target.Usage, moving.Domain.Id);
        if (device is not null)
        {
            findings.AddRange(IdentityMaps.Check(moving.Domain, device.Address, scopes.RegionsOf(device.Address), policy));
        }

        return new DeviceOutcome(request.Address, policy, DeviceChecks.OutcomeOf(findings), findings)
        {
            IdentityMaps = IdentityMaps.Mapped(scopes.RegionsOf(request.Address), findings),
        };
    }

    internal static PciDevice? Find(IReadOnlyList<PciDevice> devices, PciAddress address)
    {
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i].Address == address)
            {
                return devices[i];
            }
        }

        return null;
    }

    /// <summary>A device left at its address, where another of the domain's devices was mapped: device-busy.</summary>
    private static DeviceOutcome Taken(DeviceOutcome outcome, HostName host)
    {
        List<Finding> findings =
        [
            .. outcome.Findings,
            Finding.Error(FindingCodes.DeviceBusy, $"Device {outcome.Device} on {host} is taken by another of the domain's devices.", device: outcome.Device),
        ];
        return outcome with { Outcome = AssignmentOutcome.Refused, Findings = findings };
    }
}
