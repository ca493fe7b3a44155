using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Migration;
using Placement.Domain.Pci;

namespace Placement.Domain.UseCases;

/// <summary>What a migration check asks of one target; <see cref="Devices"/> null: the domain's devices with their policies, each at the same address or on a device of the same model (<see cref="EquivalentDevices"/>).</summary>
public sealed record TargetQuery(HostName Host, IReadOnlyList<DeviceRequest>? Devices);

/// <summary>A target host as loaded for a check: its (partial) inventory, what its live domains hold, and the live domain of the moving domain's name.</summary>
public sealed record TargetHost(HostName Host, HostInventory Inventory, HostUsage Usage, Guid? NameHolder);

public abstract record MigrationCheckOutcome
{
    public sealed record Checked(IReadOnlyList<TargetVerdict> Ranked, int Evaluated) : MigrationCheckOutcome;

    public sealed record DomainNotFound : MigrationCheckOutcome;

    public sealed record DomainDestroyed : MigrationCheckOutcome;

    /// <summary>An arm64 domain: not migrated (a direct-mapped one's memory is its host's).</summary>
    public sealed record NotMigratable : MigrationCheckOutcome;
}

/// <summary>
/// Which hosts can take a live x86_64 domain with its layout unchanged (§7, ADR 0011): the named
/// targets, or every other host of its architecture, ranked. <see cref="Start"/> says what to load
/// (or why there is nothing to check); <see cref="DecideAsync"/> checks the hosts as they are read,
/// keeping only the shortlist.
/// </summary>
public sealed class CheckMigration
{
    private readonly MovingDomain moving;
    private readonly IReadOnlyList<DeviceRequest> now;
    private readonly Dictionary<HostName, IReadOnlyList<DeviceRequest>?>? wanted;

    private CheckMigration(PlacedDomain domain, IReadOnlyDictionary<PciAddress, DeviceIdentity> identities, IReadOnlyList<TargetQuery>? targets)
    {
        moving = MigrateDomain.Moving(domain, identities);
        now = domain.DeviceRequests;
        wanted = targets?.ToDictionary(t => t.Host, t => t.Devices);
    }

    /// <summary>The named targets; null: every host of the domain's architecture but its own.</summary>
    public IReadOnlyCollection<HostName>? Targets => wanted?.Keys;

    /// <summary>The devices to read on the targets by address.</summary>
    public IReadOnlyList<string> Addresses => (wanted?.Values.SelectMany(d => d ?? now) ?? now).Select(d => d.Address.ToString()).Distinct().ToList();

    /// <summary>The models (vendor and device id) whose devices to read on the targets too: those of the domain's devices, when some target takes them mapped.</summary>
    public IReadOnlyList<(ushort VendorId, ushort DeviceId)> Models => wanted is null || wanted.ContainsValue(null)
        ? moving.Held.Where(h => h.Identity is { VendorId: not null, DeviceId: not null })
            .Select(h => (h.Identity.VendorId!.Value, h.Identity.DeviceId!.Value)).Distinct().ToList()
        : [];

    /// <summary>The check to run, or the outcome when the domain cannot move at all.</summary>
    /// <param name="identities">What the domain's host's inventory says its devices are; a device not in it is of an unknown model.</param>
    public static (CheckMigration? Check, MigrationCheckOutcome? Refusal) Start(
        PlacedDomain domain, IReadOnlyDictionary<PciAddress, DeviceIdentity> identities, IReadOnlyList<TargetQuery>? targets) =>
        !domain.IsLive ? (null, new MigrationCheckOutcome.DomainDestroyed())
        : domain.Request is ArmRequest ? (null, new MigrationCheckOutcome.NotMigratable())
        : (new CheckMigration(domain, identities, targets), null);

    public async Task<MigrationCheckOutcome> DecideAsync(IAsyncEnumerable<TargetHost> hosts, int limit, CancellationToken cancellationToken)
    {
        var shortlist = new MigrationShortlist(moving, limit);
        var found = new HashSet<HostName>();
        await foreach (var host in hosts.WithCancellation(cancellationToken))
        {
            found.Add(host.Host);
            shortlist.Add(new MigrationTarget(host.Host, host.Inventory, host.Usage, wanted?[host.Host], host.NameHolder));
        }

        foreach (var missing in wanted?.Keys.Where(h => !found.Contains(h)) ?? [])
        {
            shortlist.AddUnknown(missing);
        }

        return new MigrationCheckOutcome.Checked(shortlist.Ranked(), shortlist.Evaluated);
    }
}
