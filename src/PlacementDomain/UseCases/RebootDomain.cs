using Placement.Domain.Domains;

namespace Placement.Domain.UseCases;

public abstract record RebootOutcome
{
    /// <summary>The domain starts again with what it has: layout, devices and static banks.</summary>
    public sealed record Rebooted(PlacedDomain Domain) : RebootOutcome;

    public sealed record DomainDestroyed : RebootOutcome;

    public sealed record DomainNotFound : RebootOutcome;
}

/// <summary>
/// Records a reboot. Nothing is recomputed or released: a direct-mapped domain boots on the same
/// static banks, and every domain keeps its layout and devices. A destroyed domain does not reboot.
/// </summary>
public static class RebootDomain
{
    public static RebootOutcome Decide(PlacedDomain domain) =>
        domain.IsLive ? new RebootOutcome.Rebooted(domain) : new RebootOutcome.DomainDestroyed();
}
