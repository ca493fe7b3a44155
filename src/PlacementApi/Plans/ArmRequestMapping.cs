using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Arm;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Api.Plans;

/// <summary>The arm64 parts of requests and answers.</summary>
internal static class ArmRequestMapping
{
    /// <summary>The arm settings for <see cref="RequestRules"/> (an unknown allocation reads as auto); null while a bank does not read.</summary>
    public static ArmOptions? ToOptionsForRules(this ArmRequestBody body) => ToRanges(body.StaticMemory) is { } banks
        ? new(
            body.Vcpus ?? ArmOptions.DefaultVcpus,
            body.DirectMap ?? false,
            body.Trusted ?? false,
            body.Allocation is { } name && ArmNames.Allocations.TryGetValue(name, out var allocation) ? allocation : MemoryAllocation.Auto,
            banks,
            body.Vpl011 ?? true)
        : null;

    /// <summary>
    /// The ranges of a request (static banks, explicit rdm regions); null while one is missing,
    /// unreadable or inverted (its shape rules report it: an inverted range is no range at all).
    /// </summary>
    public static List<AddressRange>? ToRanges(List<AddressRangeBody?>? ranges)
    {
        var list = ranges ?? [];
        return list.All(r => r is { Start.Value: { } start, End.Value: { } end } && start <= end)
            ? list.Select(r => new AddressRange(new(r!.Start!.Value.Value!.Value), new(r.End!.Value.Value!.Value))).ToList()
            : null;
    }

    /// <summary>The arm settings with their defaults: allocation only for a direct-mapped domain, staticMemory only for static, vpl011 always.</summary>
    public static ArmRequestBody ToBody(this ArmOptions options) => new(
        options.Vcpus,
        options.DirectMap,
        options.Trusted,
        options.DirectMap ? options.Allocation.Name() : null,
        options.Allocation == MemoryAllocation.Static
            ? options.StaticMemory.Select(r => new AddressRangeBody(HexNumber.Of(r.Start.Value), HexNumber.Of(r.End.Value))).ToList<AddressRangeBody?>()
            : null,
        options.Vpl011);

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
        layout.Console is { } console ? new Vpl011Response(console.Range.Start.ToString(), console.Range.End.ToString(), console.Spi) : null,
        layout.DeviceTree);

    private static AddressRangeResponse ToResponse(AddressRange range) => new(range.Start.ToString(), range.End.ToString());
}
