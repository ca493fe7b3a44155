using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Fleet;

/// <summary>A device chosen for a placement: the device request it serves, its address, and the RDM policy it gets.</summary>
public sealed record ChosenDevice(string Request, PciAddress Address, RdmPolicy Policy);

/// <summary>
/// A host that can take the domain: the devices chosen there, the (feasible) plan of the domain
/// with them, the host's free memory once the domain runs (its memory less what its live domains
/// use less the domain's), and <see cref="Request"/>, the plan request with the chosen devices: a
/// create of it on <see cref="Host"/> gets <see cref="Plan"/>, as long as the host does not change.
/// </summary>
public sealed record PlacementCandidate(HostName Host, IReadOnlyList<ChosenDevice> Devices, LayoutPlan Plan, ByteSize FreeMemory, X86Request Request)
{
    public int Warnings => Plan.Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>Assigned, or assigned with warnings: a candidate's plan has no error.</summary>
    public AssignmentOutcome Outcome => Warnings > 0 ? AssignmentOutcome.AssignedWithWarnings : AssignmentOutcome.Assigned;
}
