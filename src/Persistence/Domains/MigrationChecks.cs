using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;

namespace Placement.Persistence.Domains;

/// <summary>What a migration check asks of one target; <see cref="Devices"/> null: the same addresses and policies as now.</summary>
public sealed record TargetQuery(HostName Host, IReadOnlyList<DeviceRequest>? Devices);

public abstract record MigrationCheckResult
{
    public sealed record Checked(IReadOnlyList<TargetVerdict> Ranked, int Evaluated) : MigrationCheckResult;

    public sealed record DomainNotFound : MigrationCheckResult;

    public sealed record DomainDestroyed : MigrationCheckResult;

    /// <summary>An arm64 domain: not migrated (a direct-mapped one's memory is its host's).</summary>
    public sealed record ArmDomain : MigrationCheckResult;
}

/// <summary>
/// Read-only migration checks over one host, several, or every host of the architecture. Loads
/// only what the check needs, in one round trip: per target host its memory, IOMMU, the devices
/// asked for, every reserved region, the live assignments and domains. Each host is checked as it
/// is read; the interval work and the ranking are the domain's (<see cref="MigrationShortlist"/>).
/// </summary>
public sealed class MigrationChecks(PlacementDbContext db, DomainReader reader)
{
    public async Task<MigrationCheckResult> CheckAsync(Guid id, IReadOnlyList<TargetQuery>? targets, int limit, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, cancellationToken) is not { } domain)
        {
            return new MigrationCheckResult.DomainNotFound();
        }

        if (domain.State != DomainState.Live)
        {
            return new MigrationCheckResult.DomainDestroyed();
        }

        if (domain.ArmLayout is not null)
        {
            return new MigrationCheckResult.ArmDomain();
        }

        var moving = new MovingDomain(domain.ToLiveDomain(), domain.Name, ByteSize.FromMiB(domain.Request.MemoryMiB), CpuArchitecture.X64, domain.Host);
        var now = domain.Devices.Select(d => new DeviceRequest(d.Device, d.Policy)).ToList();
        var wanted = targets?.ToDictionary(t => t.Host, t => (IReadOnlyList<DeviceRequest>)(t.Devices ?? now));
        var addresses = (wanted?.Values.SelectMany(d => d) ?? now).Select(d => d.Address.ToString()).Distinct().ToArray();
        var shortlist = new MigrationShortlist(moving, limit);
        var found = new HashSet<HostName>();
        await foreach (var host in TargetHosts.LoadAsync(db, domain, wanted?.Keys.Select(h => h.Value).ToArray(), addresses, cancellationToken))
        {
            found.Add(host.Host);
            shortlist.Add(new MigrationTarget(host.Host, host.Inventory, host.Usage, wanted?[host.Host] ?? now, host.NameHolder));
        }

        foreach (var missing in wanted?.Keys.Where(h => !found.Contains(h)) ?? [])
        {
            shortlist.AddUnknown(missing);
        }

        return new MigrationCheckResult.Checked(shortlist.Ranked(), shortlist.Evaluated);
    }
}
