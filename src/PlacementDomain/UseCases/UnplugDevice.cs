using Placement.Domain.Domains;
using Placement.Domain.Pci;

namespace Placement.Domain.UseCases;

public abstract record UnplugOutcome
{
    /// <summary>The assignment to release; the device is free for any domain again.</summary>
    public sealed record Released(DeviceAssignment Assignment) : UnplugOutcome;

    /// <summary>The domain does not hold the device (a destroyed domain holds none).</summary>
    public sealed record NotAssigned : UnplugOutcome;

    public sealed record DomainNotFound : UnplugOutcome;
}

/// <summary>Unplugs a device from the domain that holds it.</summary>
public static class UnplugDevice
{
    public static UnplugOutcome Decide(PlacedDomain domain, PciAddress device) =>
        domain.Devices.FirstOrDefault(d => d.Device == device) is { } held
            ? new UnplugOutcome.Released(held)
            : new UnplugOutcome.NotAssigned();
}
