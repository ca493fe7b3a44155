using Placement.Api.Domains;
using Placement.Api.Hosts;
using Placement.Api.Memory;
using Placement.Domain.Arm;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Api.Plans;

/// <summary>
/// The Swagger examples of arm64 domains on the example arm64 host: a direct-mapped domain with
/// automatic banks and the NVMe drive, planned and created by the real planner (they cannot drift).
/// </summary>
internal static class ArmPlanExamples
{
    private static readonly Guid Id = Guid.Parse("019a8e2c-6c1e-7d42-9b3a-2e4f6a8c0d17");
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 45, 0, TimeSpan.Zero);
    private static readonly HostInventory Host = ArmHostExamples.Inventory.ToInventory()!;

    public static readonly PlanRequestBody Request = new(
        "dm-7", 8192, null, null, null, null, null, null, [new DeviceRequestBody("0000:01:00.0", null)], new ArmRequestBody(4, true, false, "auto", null, true));

    public static PlanResponse Response => Plan.ToResponse();

    public static DomainResponse Domain
    {
        get
        {
            var plan = Plan;
            var devices = plan.Devices.Select(d => DeviceAssignment.Of(d, Created)).ToList();
            return new PlacedDomain(Id, HostName.Parse(PlanExamples.ArmHost), Request.Name!, DomainState.Live, Request.ToRequest(), plan.Layout,
                plan.Findings, devices, Created, null).ToResponse();
        }
    }

    /// <summary>The example host's fragmentation once the example domain holds its banks.</summary>
    public static FragmentationResponse Fragmentation
    {
        get
        {
            var usage = HostUsage.None with
            {
                Memory = ByteSize.FromMiB(8192),
                StaticBanks = Plan.Layout.StaticBanks.Select(b => new HeldBank(Id, b)).ToList(),
            };
            return FragmentationApi.ToResponse(HostName.Parse(PlanExamples.ArmHost), HostFragmentation.Of(Host, usage));
        }
    }

    private static ArmPlan Plan => ArmPlanner.Plan(Host, (ArmRequest)Request.ToRequest(), HostUsage.None, Request.Name);
}
