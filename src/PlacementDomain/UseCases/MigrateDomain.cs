using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Pci;

namespace Placement.Domain.UseCases;

public abstract record MigrateOutcome
{
    /// <summary>The domain on its new host holding <see cref="Attached"/>; every device it held on the source is released.</summary>
    public sealed record Migrated(PlacedDomain Domain, TargetVerdict Verdict) : MigrateOutcome
    {
        public IReadOnlyList<DeviceAssignment> Attached => Domain.Devices;
    }

    /// <summary>The target is incompatible: nothing moves; the refusal goes into the history as line <see cref="RefusalId"/> once saved.</summary>
    public sealed record Refused(TargetVerdict Verdict) : MigrateOutcome
    {
        public long RefusalId { get; init; }
    }

    /// <summary>Another migration moved the domain while this one waited for it.</summary>
    public sealed record DomainMoved(HostName Host) : MigrateOutcome;

    public sealed record DomainDestroyed : MigrateOutcome;

    /// <summary>An arm64 domain: not migrated (a direct-mapped one's memory is its host's).</summary>
    public sealed record NotMigratable : MigrateOutcome;

    public sealed record HostNotFound : MigrateOutcome;

    public sealed record DomainNotFound : MigrateOutcome;
}

/// <summary>
/// Moves a live x86_64 domain to another host with its layout (§7, ADR 0011), checked again against
/// the target as it is now: the source devices are released, <c>devices</c> attached with their
/// outcomes there (null: the domain's devices with their policies, each at the same address or on a
/// device of the same model, <see cref="EquivalentDevices"/>).
/// </summary>
public static class MigrateDomain
{
    /// <param name="identities">What the source host's inventory says the domain's devices are; a device not in it is of an unknown model.</param>
    public static MigrateOutcome Decide(
        PlacedDomain domain,
        IReadOnlyDictionary<PciAddress, DeviceIdentity> identities,
        HostName source,
        HostName target,
        HostInventory inventory,
        HostOccupancy occupancy,
        IReadOnlyList<DeviceRequest>? devices,
        DateTimeOffset now)
    {
        if (!domain.IsLive)
        {
            return new MigrateOutcome.DomainDestroyed();
        }

        if (domain.Host != source)
        {
            return new MigrateOutcome.DomainMoved(domain.Host);
        }

        if (domain.Request is ArmRequest)
        {
            return new MigrateOutcome.NotMigratable();
        }

        var verdict = MigrationCheck.Check(Moving(domain, identities), new MigrationTarget(target, inventory, occupancy.Usage, devices, occupancy.NameHolder));
        if (verdict.Verdict == MigrationVerdict.Incompatible)
        {
            return new MigrateOutcome.Refused(verdict);
        }

        var attached = verdict.Devices.Select(o => DeviceAssignment.Of(o, now)).ToList();
        return new MigrateOutcome.Migrated(domain with { Host = target, Devices = attached }, verdict);
    }

    /// <summary>An x86_64 domain as a migration check sees it.</summary>
    public static MovingDomain Moving(PlacedDomain domain, IReadOnlyDictionary<PciAddress, DeviceIdentity> identities) =>
        new(domain.ToLiveDomain(), domain.Name, ByteSize.FromMiB(domain.Request.MemoryMiB), CpuArchitecture.X64, domain.Host)
        {
            Held = domain.DeviceRequests.Select(d => new HeldDevice(d, identities.GetValueOrDefault(d.Address, DeviceIdentity.None))).ToList(),
        };
}
