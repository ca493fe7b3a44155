using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Domains;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Api.Domains;

/// <summary>
/// The Swagger examples of domains: the product's request created on the example host, its
/// history, and the refusals a second create and a hotplug meet. Computed by the planner, so they
/// follow the rules.
/// </summary>
internal static class DomainExamples
{
    private static readonly Guid Id = Guid.Parse("019a8e2c-5b4d-7e31-a0c2-6f1e9d3b7a54");
    public static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly HostInventory Host = HostExamples.Inventory.ToInventory()!;
    private static readonly PciAddress Usb = PciAddress.Parse("0000:00:14.0");

    public static readonly DeviceRequestBody Hotplug = new("0000:00:14.0", "strict");

    public static DomainResponse Domain => Stored.ToResponse();

    public static AssignmentResponse Assignment => Stored.Devices[0].ToResponse();

    public static Page<DomainSummaryResponse> Page => new(
        [new DomainSummaryResponse(Id, "vm-42", HostExamples.Host.Name, "live", 4096, ["0000:00:02.0"], Created, null)], null);

    public static Page<AssignmentEventResponse> History => new(
        [
            new AssignmentEventResponse(41, "assigned", HostExamples.Host.Name, null, "0000:00:02.0", "strict", "assigned", [], Created),
            new AssignmentEventResponse(57, "released", HostExamples.Host.Name, null, "0000:00:02.0", "strict", "assigned", [], Created.AddHours(5)),
        ],
        null);

    public static Page<RefusalResponse> Refusals => new(
        [new RefusalResponse(42, PlanExamples.Request with { Name = "vm-43" }, SecondCreate.Findings.Select(f => f.ToResponse()).ToList(), Created.AddMinutes(3))],
        null);

    /// <summary>The same request again while vm-42 holds the IGD.</summary>
    public static ProblemHttpResult CreateRefused => DomainProblems.Refused(SecondCreate.Devices, SecondCreate.Findings, 42);

    /// <summary>The xHCI hotplugged into vm-42 while another domain holds it.</summary>
    public static ProblemHttpResult HotplugRefused => DomainProblems.Refused(
        new DeviceOutcome(Usb, RdmPolicy.Strict, AssignmentOutcome.Refused,
        [
            Finding.Error(FindingCodes.DeviceBusy, $"Device {Usb} is assigned to domain 019a8e2c-9f10-7a02-b3d4-1c5e7f9a2b68.", device: Usb),
        ]),
        58);

    public static ProblemHttpResult HostInUse => Problems.HostInUse(HostName.Parse(HostExamples.Host.Name),
        [new InventoryViolation("devices", InventoryInUse.DeviceInUse, $"Device 0000:00:02.0 is assigned to domain {Id}: it may not be removed.")]);

    private static LayoutPlan SecondCreate => LayoutPlanner.Plan(
        Host, (X86Request)PlanExamples.Request.ToRequest(), new HostUsage(new Dictionary<PciAddress, Guid> { [PciAddress.Parse("0000:00:02.0")] = Id }, ByteSize.FromMiB(4096)));

    internal static PlacedDomain Stored
    {
        get
        {
            var plan = LayoutPlanner.Plan(Host, (X86Request)PlanExamples.Request.ToRequest());
            var devices = plan.Devices.Select(d => DeviceAssignment.Of(d, Created)).ToList();
            return new PlacedDomain(Id, HostName.Parse(HostExamples.Host.Name), "vm-42", DomainState.Live, PlanExamples.Request.ToRequest(), plan.Layout!,
                plan.Findings, devices, Created, null);
        }
    }
}
