using Placement.Domain.Arm;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.UseCases;

public abstract record HotplugOutcome
{
    public sealed record Attached(DeviceAssignment Assignment) : HotplugOutcome;

    /// <summary>The device is refused; the refusal goes into the history as line <see cref="RefusalId"/> once saved.</summary>
    public sealed record Refused(DeviceOutcome Outcome) : HotplugOutcome
    {
        public long RefusalId { get; init; }
    }

    public sealed record DomainDestroyed : HotplugOutcome;

    public sealed record DomainNotFound : HotplugOutcome;
}

/// <summary>
/// Hotplugs a device into a live domain against its fixed layout (§6 step 4 on x86_64; on arm64
/// the device rules of its kind of domain). Nothing is recomputed.
/// </summary>
public static class HotplugDevice
{
    public static HotplugOutcome Decide(HostInventory host, HostUsage usage, PlacedDomain domain, DeviceRequest request, DateTimeOffset now)
    {
        if (!domain.IsLive)
        {
            return new HotplugOutcome.DomainDestroyed();
        }

        var outcome = (domain.Request, domain.Layout) is (ArmRequest arm, ArmLayout layout)
            ? ArmDeviceChecks.Check(host, request.Address, arm.Options, layout.Console, usage, domain.Id)
            : Hotplug.Check(host, domain.ToLiveDomain(), request, usage);
        return outcome.Outcome == AssignmentOutcome.Refused
            ? new HotplugOutcome.Refused(outcome)
            : new HotplugOutcome.Attached(DeviceAssignment.Of(outcome, now));
    }
}
