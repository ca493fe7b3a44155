using Placement.Api.Hosts;
using Placement.Domain.Layout;

namespace Placement.Api.Plans;

/// <summary>
/// The Swagger examples of plans: the product's request on the example host, and the response
/// the planner really gives for it (computed, so the example can never drift from the rules).
/// </summary>
internal static class PlanExamples
{
    public static readonly PlanRequestBody Request = new(
        "vm-42", 4096, 8, true, null, new RdmBody("host", "relaxed"), 2048, "seabios", [new DeviceRequestBody("0000:00:02.0", "strict")]);

    public static PlanResponse Response =>
        LayoutPlanner.Plan(HostExamples.Inventory.ToInventory()!, Request.ToRequest()).ToResponse();
}
