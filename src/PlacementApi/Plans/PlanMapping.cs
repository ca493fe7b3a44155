using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Api.Plans;

internal static class PlanMapping
{
    /// <summary>
    /// The domain request of a body whose shape was checked: an arm64 one when it has an arm section.
    /// A pool's ranges are not known here: the caller resolves them (<see cref="RdmResolution"/>);
    /// explicit regions are the body's own.
    /// </summary>
    public static DomainRequest ToRequest(this PlanRequestBody body) =>
        body.ToRequestForRules() ?? throw new InvalidOperationException("A validated body did not map to a request.");

    /// <summary>
    /// The request whose meaning <see cref="RequestRules"/> check, read even from a body whose shape is
    /// broken: a value outside its field's limits or an unknown name becomes a placeholder the rules
    /// skip (memory 0, video RAM beyond any memory, the defaults), so those rules still see the rest.
    /// Null while a device, range or pool host does not read at all (or a range is inverted, which
    /// <see cref="AddressRange"/> cannot hold): its rules cannot be checked.
    /// </summary>
    public static DomainRequest? ToRequestForRules(this PlanRequestBody body)
    {
        var memory = body.MemoryMiB is long m and >= 0 ? (ulong)m : 0;
        var devices = (body.Devices ?? []).Select(d => PciAddress.TryParse(d?.Sbdf, out var a) ? new DeviceRequest(a, Policy(d!.RdmPolicy)) : null).ToList();
        if (devices.Contains(null))
        {
            return null;
        }

        if (body.Arm is { } arm)
        {
            return arm.ToOptionsForRules() is { } options ? new ArmRequest(memory, devices!, options) : null;
        }

        var strategy = body.Rdm?.Strategy is { } s && LayoutNames.Strategies.TryGetValue(s, out var known) ? known : RdmStrategy.Ignore;
        var regions = strategy == RdmStrategy.Explicit ? ArmRequestMapping.ToRanges(body.Rdm?.Regions) : [];
        var pool = Pool(body.Rdm);
        if (regions is null || (body.Rdm is { Strategy: "pool", Hosts: not null } && pool is null))
        {
            return null;
        }

        var vga = body.Vga is { } v && LayoutNames.Vgas.TryGetValue(v, out var model) ? model : VgaModel.Cirrus;
        return new X86Request(
            memory,
            devices!,
            body.VideoRamMiB switch { null => VideoRam.DefaultMiB(vga), long video and >= 0 => (ulong)video, _ => ulong.MaxValue },
            body.Hap ?? true,
            body.MmioHoleMiB is long hole and >= 0 ? (ulong)hole : null,
            strategy,
            Policy(body.Rdm?.Policy),
            body.RdmMemBoundaryMiB is long boundary and >= 0 ? (ulong)boundary : X86Request.DefaultRdmMemBoundaryMiB,
            body.Firmware is { } f && LayoutNames.Firmwares.TryGetValue(f, out var firmware) ? firmware : GuestFirmware.SeaBios)
        {
            Reserve = regions,
            Pool = pool,
            Emulated = new EmulatedDevices(
                vga,
                body.XenPlatformPci ?? true,
                (body.Nics ?? []).Select(n => n?.Model is { } name && LayoutNames.Nics.TryGetValue(name, out var nic) ? nic : NicModel.E1000).ToArray()),
            Passthrough = body.Passthrough switch { "enabled" => true, "disabled" => false, _ => null },
            MaxMemMiB = body.MaxMemMiB is long maxmem and >= 0 ? (ulong)maxmem : null,
        };
    }

    private static RdmPool? Pool(RdmBody? rdm)
    {
        if (rdm is not { Strategy: "pool" })
        {
            return null;
        }

        if (rdm.Label is { } label)
        {
            return RdmPool.Labelled(label);
        }

        var hosts = (rdm.Hosts ?? []).Select(h => HostName.TryParse(h, out var name) ? name : (HostName?)null).ToList();
        return rdm.Hosts is null || hosts.Contains(null) ? null : RdmPool.Named(hosts.Select(h => h!.Value).ToList());
    }

    /// <summary>The body of a request, every default filled in: how a domain shows what it was created from.</summary>
    public static PlanRequestBody ToBody(this DomainRequest request, string? name) => request switch
    {
        ArmRequest arm => new(name, (long)arm.MemoryMiB, null, null, null, null, null, null,
            arm.Devices.Select(d => new DeviceRequestBody(d.Address.ToString(), null)).ToList(), arm.Options.ToBody()),
        X86Request x86 => new(
            name,
            (long)x86.MemoryMiB,
            (long)x86.VideoRamMiB,
            x86.Hap,
            (long?)x86.MmioHoleMiB,
            ToBody(x86),
            (long)x86.RdmMemBoundaryMiB,
            x86.Firmware.Name(),
            x86.Devices.Select(d => new DeviceRequestBody(d.Address.ToString(), d.Policy?.Name())).ToList(),
            MaxMemMiB: (long?)x86.MaxMemMiB,
            Vga: x86.Emulated.Vga.Name(),
            XenPlatformPci: x86.Emulated.XenPlatformPci,
            Nics: x86.Emulated.Nics.Select(n => (NicBody?)new NicBody(n.Name())).ToList(),
            Passthrough: x86.PassthroughEnabled ? "enabled" : "disabled"),
        _ => throw new ArgumentException($"Unknown request {request.GetType().Name}.", nameof(request)),
    };

    public static PlanResponse ToResponse(this LayoutPlan plan) => new(
        plan.Feasible,
        Layout(plan.LowMemEnd, plan.HighMemEnd, plan.Feasible ? plan.MmioHoleStart : null, plan.GuestMemoryMap, plan.E820, plan.ReservedDeviceMemory, plan.Bars, plan.MmioHoleMiBNeeded),
        plan.Devices.Select(ToResponse).ToList(),
        plan.Findings.Select(ToResponse).ToList());

    public static (LayoutResponse? Layout, ArmLayoutResponse? Arm) ToResponse(this GuestLayout layout) => layout switch
    {
        DomainLayout x86 => (x86.ToResponse(), null),
        ArmLayout arm => (null, arm.ToResponse()),
        _ => throw new ArgumentException($"Unknown layout {layout.GetType().Name}.", nameof(layout)),
    };

    public static LayoutResponse ToResponse(this DomainLayout layout) =>
        Layout(layout.Ram.LowEnd, layout.Ram.HighEnd, layout.MmioHoleStart, layout.GuestMemoryMap, layout.E820, layout.ReservedDeviceMemory, layout.Bars, layout.MmioHoleMiBNeeded);

    public static DeviceOutcomeResponse ToResponse(this DeviceOutcome outcome) =>
        new(outcome.Device.ToString(), outcome.Policy.Name(), outcome.Outcome.Name(), outcome.Findings.Select(ToResponse).ToList());

    public static FindingResponse ToResponse(this Finding finding) => new(
        finding.Severity.Name(),
        finding.Code,
        finding.Message,
        finding.Range?.Start.ToString(),
        finding.Range?.End.ToString(),
        finding.Device?.ToString(),
        finding.Bar);

    private static LayoutResponse Layout(
        PhysicalAddress lowMemEnd,
        PhysicalAddress? highMemEnd,
        PhysicalAddress? mmioHoleStart,
        IReadOnlyList<MemoryMapEntry>? guestMemoryMap,
        IReadOnlyList<MemoryMapEntry>? e820,
        IReadOnlyList<RdmEntry> reservedDeviceMemory,
        IReadOnlyList<PlacedBar> bars,
        ulong? mmioHoleMiBNeeded) => new(
        lowMemEnd.ToString(),
        highMemEnd?.ToString(),
        mmioHoleStart?.ToString(),
        guestMemoryMap?.Select(ToResponse).ToList(),
        e820?.Select(ToResponse).ToList(),
        reservedDeviceMemory.Select(e => new ReservedDeviceMemoryResponse(
            e.Range.Start.ToString(), e.Range.End.ToString(), e.Policy.Name(), e.Source.Name(), e.Status.Name())).ToList(),
        bars.Select(b => new BarPlacementResponse(
            b.Slot.ToString(), b.Index, b.Kind.Name(), $"0x{b.Size.Bytes:x}", b.Is64Bit, b.Host?.ToString(), b.Range?.Start.ToString(), b.Range?.End.ToString(), b.Window.Name())).ToList(),
        (long?)mmioHoleMiBNeeded);

    /// <summary>The rdm settings with the strategy's inputs: a pool's hosts or label, explicit regions as given.</summary>
    private static RdmBody ToBody(X86Request request) => new(
        request.Strategy.Name(),
        request.GlobalPolicy?.Name(),
        request.Pool is { Label: null } named ? named.Hosts.Select(h => h.Value).ToList<string?>() : null,
        request.Pool?.Label,
        request.Strategy == RdmStrategy.Explicit
            ? request.Reserve.Select(r => new AddressRangeBody(HexNumber.Of(r.Start.Value), HexNumber.Of(r.End.Value))).ToList<AddressRangeBody?>()
            : null);

    private static MemoryRangeResponse ToResponse(MemoryMapEntry entry) =>
        new(entry.Range.Start.ToString(), entry.Range.End.ToString(), entry.Type.Name());

    private static RdmPolicy? Policy(string? name) => name is not null && LayoutNames.Policies.TryGetValue(name, out var policy) ? policy : null;
}
