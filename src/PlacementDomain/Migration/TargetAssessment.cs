using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Migration;

/// <summary>
/// What a migration check found on one target before the informational findings: the verdict,
/// the warnings and the free memory, enough to rank it. <see cref="ToVerdict"/> adds the target's
/// regions that the layout leaves where a later identity map would fail.
/// </summary>
internal sealed class TargetAssessment
{
    private readonly MigrationTarget? target;
    private readonly DeviceMapping mapping = DeviceMapping.None;
    private readonly DeviceScopes? scopes;
    private readonly IReadOnlyList<DeviceOutcome> outcomes;
    private readonly List<Finding> findings;
    private TargetVerdict? done;

    /// <param name="mapping">The devices to attach, and the domain's devices they stand for when mapped.</param>
    /// <param name="scopes">The regions of the devices to attach; null when the regions are not looked at (another architecture, the domain's own host).</param>
    public TargetAssessment(MigrationTarget target, DeviceMapping mapping, DeviceScopes? scopes, IReadOnlyList<DeviceOutcome> outcomes, List<Finding> findings)
    {
        this.target = target;
        this.mapping = mapping;
        this.scopes = scopes;
        this.outcomes = outcomes;
        this.findings = findings;
        var (errors, warnings) = Count(findings);
        var verdict = errors > 0 ? MigrationVerdict.Incompatible : warnings > 0 ? MigrationVerdict.CompatibleWithWarnings : MigrationVerdict.Compatible;
        Key = new TargetRanking.Key(verdict, warnings, target.FreeMemory, target.Host);
    }

    private TargetAssessment(TargetVerdict done)
    {
        this.done = done;
        outcomes = done.Devices;
        findings = [];
        Key = new TargetRanking.Key(done.Verdict, done.Warnings, done.FreeMemory, done.Host);
    }

    public TargetRanking.Key Key { get; }

    /// <summary>A verdict reached without a target to look at (a host that does not exist).</summary>
    public static TargetAssessment Of(TargetVerdict verdict) => new(verdict);

    /// <summary>The verdict with every finding, completed on the first call; later calls answer the same verdict.</summary>
    public TargetVerdict ToVerdict(DomainLayout layout)
    {
        if (done is not null)
        {
            return done;
        }

        if (scopes is not null)
        {
            AddUnreservedRegions(layout);
        }

        done = new TargetVerdict(Key.Host, Key.Verdict, Key.FreeMemory, outcomes, findings) { From = mapping.From };
        return done;
    }

    private void AddUnreservedRegions(DomainLayout layout)
    {
        var attached = new HashSet<ReservedRegion>();
        foreach (var device in mapping.Devices)
        {
            attached.UnionWith(scopes!.RegionsOf(device.Address));
        }

        foreach (var region in target!.Inventory.ReservedRegions)
        {
            if (!attached.Contains(region) && IdentityMaps.ObstacleOf(layout, null, region.Range) is { } obstacle)
            {
                findings.Add(Finding.Info(FindingCodes.RegionNotReserved,
                    $"RMRR {region.Range} of {string.Join(", ", region.Devices)} on {target.Host} is not reserved in the guest's layout: {obstacle}. " +
                    "Those devices could not be hotplugged there under strict.", region.Range));
            }
        }
    }

    private static (int Errors, int Warnings) Count(List<Finding> findings)
    {
        var (errors, warnings) = (0, 0);
        foreach (var finding in findings)
        {
            errors += finding.Severity == Severity.Error ? 1 : 0;
            warnings += finding.Severity == Severity.Warning ? 1 : 0;
        }

        return (errors, warnings);
    }
}
