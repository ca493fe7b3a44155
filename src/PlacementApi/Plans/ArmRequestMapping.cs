using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Arm;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Api.Plans;

/// <summary>The arm64 parts of requests and answers.</summary>
internal static class ArmRequestMapping
{
    public static ArmOptions ToOptions(this ArmRequestBody body) => new(
        body.Vcpus ?? ArmOptions.DefaultVcpus,
        body.DirectMap ?? false,
        body.Trusted ?? false,
        body.Allocation is { } allocation ? ArmNames.Allocations[allocation] : MemoryAllocation.Auto,
        body.StaticMemory?.Select(r => new AddressRange(new(r!.Start!.Value.Value!.Value), new(r.End!.Value.Value!.Value))).ToList() ?? []);

    /// <summary>The arm settings with their defaults: allocation only for a direct-mapped domain, staticMemory only for static.</summary>
    public static ArmRequestBody ToBody(this ArmOptions options) => new(
        options.Vcpus,
        options.DirectMap,
        options.Trusted,
        options.DirectMap ? options.Allocation.Name() : null,
        options.Allocation == MemoryAllocation.Static
            ? options.StaticMemory.Select(r => new AddressRangeBody(HexNumber.Of(r.Start.Value), HexNumber.Of(r.End.Value))).ToList<AddressRangeBody?>()
            : null);

    public static PlanResponse ToResponse(this ArmPlan plan) => new(
        plan.Feasible,
        null,
        plan.Devices.Select(d => d.ToResponse()).ToList(),
        plan.Findings.Select(f => f.ToResponse()).ToList(),
        plan.Layout.ToResponse());

    public static ArmLayoutResponse ToResponse(this ArmLayout layout) => new(
        layout.DirectMapped,
        layout.Banks.Select(ToResponse).ToList(),
        new GuestGicResponse((int)layout.Gic.Version, ToResponse(layout.Gic.Distributor), layout.Gic.CpuInterface is { } c ? ToResponse(c) : null,
            layout.Gic.Redistributors.Select(ToResponse).ToList()),
        new Vpl011Response(layout.Console.Range.Start.ToString(), layout.Console.Range.End.ToString(), layout.Console.Spi),
        layout.DeviceTree);

    private static AddressRangeResponse ToResponse(AddressRange range) => new(range.Start.ToString(), range.End.ToString());
}
