using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.UseCases;

public abstract record CreateOutcome
{
    /// <summary>The domain to record, with its assignments and (direct-mapped arm64) the static banks it holds.</summary>
    public sealed record Created(PlacedDomain Domain, IReadOnlyList<AddressRange> StaticBanks) : CreateOutcome;

    /// <summary>Nothing is created; the refusal goes into the history as line <see cref="RefusalId"/> once saved.</summary>
    public sealed record Refused(IReadOnlyList<DeviceOutcome> Devices, IReadOnlyList<Finding> Findings) : CreateOutcome
    {
        public long RefusalId { get; init; }
    }

    /// <summary>A live domain of the host has the name already.</summary>
    public sealed record NameTaken(Guid Holder) : CreateOutcome;

    public sealed record WrongArchitecture(CpuArchitecture Host) : CreateOutcome;

    public sealed record HostNotFound : CreateOutcome;
}

/// <summary>
/// Creates a domain on a host: the plan of <see cref="PlanDomain"/> against what the host's live
/// domains hold; a feasible plan becomes the domain (its layout fixed for life) and one assignment
/// per device, any error refuses the whole create. A name is one live domain's per host.
/// </summary>
public static class CreateDomain
{
    public static CreateOutcome Decide(
        HostName host, HostInventory inventory, HostOccupancy occupancy, string name, DomainRequest request, Guid id, DateTimeOffset now)
    {
        if (request.Architecture != inventory.Architecture)
        {
            return new CreateOutcome.WrongArchitecture(inventory.Architecture);
        }

        if (occupancy.NameHolder is { } holder)
        {
            return new CreateOutcome.NameTaken(holder);
        }

        CreateOutcome Created(GuestLayout layout, IReadOnlyList<Finding> findings, IReadOnlyList<DeviceOutcome> devices, IReadOnlyList<AddressRange> banks) =>
            new CreateOutcome.Created(
                new PlacedDomain(id, host, name, DomainState.Live, request, layout, findings, devices.Select(d => DeviceAssignment.Of(d, now)).ToList(), now, null),
                banks);

        return PlanDomain.Decide(inventory, occupancy.Usage, request, name) switch
        {
            PlanOutcome.X86Planned { Plan: var plan } when plan.Layout is { } layout => Created(layout, plan.Findings, plan.Devices, []),
            PlanOutcome.X86Planned { Plan: var plan } => new CreateOutcome.Refused(plan.Devices, plan.Findings),
            PlanOutcome.ArmPlanned { Plan: { Feasible: true } plan } => Created(plan.Layout, plan.Findings, plan.Devices, plan.Layout.StaticBanks),
            PlanOutcome.ArmPlanned { Plan: var plan } => new CreateOutcome.Refused(plan.Devices, plan.Findings),
            _ => new CreateOutcome.WrongArchitecture(inventory.Architecture),
        };
    }
}
