using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Api.Plans;

/// <summary>
/// The Swagger examples of plans: the product's request on the example host, and the response
/// the planner really gives for it (computed, so the example can never drift from the rules).
/// </summary>
internal static class PlanExamples
{
    /// <summary>An arm64 host, on which this x86 request is the 422 <see cref="ArchitectureMismatch"/>.</summary>
    public const string ArmHost = "arm-r3-01";

    public static readonly PlanRequestBody Request = new(
        "vm-42", 4096, 8, true, null, new RdmBody("host", "relaxed"), 2048, "seabios", [new DeviceRequestBody("0000:00:02.0", "strict")]);

    public static PlanResponse Response =>
        LayoutPlanner.Plan(HostExamples.Inventory.ToInventory()!, (X86Request)Request.ToRequest()).ToResponse();

    /// <summary>The 422 of this request on <see cref="ArmHost"/>, worded as <see cref="PlansApi"/> words it.</summary>
    public static ProblemHttpResult ArchitectureMismatch => Problems.ArchitectureMismatch(HostName.Parse(ArmHost), CpuArchitecture.Arm64);
}
