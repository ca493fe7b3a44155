using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.UseCases;

/// <summary>What a plan comes to: a layout of the host's architecture, or a request for the other one.</summary>
public abstract record PlanOutcome
{
    public sealed record X86Planned(LayoutPlan Plan) : PlanOutcome;

    public sealed record ArmPlanned(ArmPlan Plan) : PlanOutcome;

    /// <summary>The request is for the other architecture (arm settings on an x86_64 host, none on an arm64 one).</summary>
    public sealed record WrongArchitecture(CpuArchitecture Host) : PlanOutcome;
}

/// <summary>
/// A dry run: the layout, reserved memory, BARs and device outcomes a create would get on a host,
/// given what its live domains hold. The one place that picks the planner of the architecture.
/// </summary>
public static class PlanDomain
{
    public static PlanOutcome Decide(HostInventory host, HostUsage usage, DomainRequest request, string? name) => (host.Architecture, request) switch
    {
        (CpuArchitecture.X64, X86Request x86) => new PlanOutcome.X86Planned(LayoutPlanner.Plan(host, x86, usage)),
        (CpuArchitecture.Arm64, ArmRequest arm) => new PlanOutcome.ArmPlanned(ArmPlanner.Plan(host, arm, usage, name)),
        _ => new PlanOutcome.WrongArchitecture(host.Architecture),
    };
}
