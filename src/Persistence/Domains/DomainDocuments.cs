using System.Text.Json;
using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

/// <summary>
/// The JSON documents a domain keeps (its request, its fixed layout, findings), in the names the
/// API uses; addresses as numbers (below 2^52, exact in JSON).
/// </summary>
internal static class DomainDocuments
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The request document of either architecture: an arm64 request is one with an arm section.</summary>
    public static string Write(DomainRequest request) => JsonSerializer.Serialize(request switch
    {
        X86Request x86 => new RequestDocument(
            (long)x86.MemoryMiB,
            (long)x86.VideoRamMiB,
            x86.Hap,
            (long?)x86.MmioHoleMiB,
            x86.Strategy.Name(),
            x86.GlobalPolicy?.Name(),
            (long)x86.RdmMemBoundaryMiB,
            x86.Firmware.Name(),
            Devices(x86),
            x86.Reserve.Count > 0 ? Ranges(x86.Reserve) : null,
            x86.Pool is { } pool ? new PoolDocument(pool.Label is null ? pool.Hosts.Select(h => h.Value).ToList() : null, pool.Label) : null,
            Vga: x86.Emulated.Vga.Name(),
            XenPlatformPci: x86.Emulated.XenPlatformPci,
            Nics: x86.Emulated.Nics.Select(n => n.Name()).ToList(),
            Passthrough: x86.Passthrough,
            MaxMemMiB: (long?)x86.MaxMemMiB),
        ArmRequest { Options: var arm } => new RequestDocument(
            (long)request.MemoryMiB, (long)X86Request.DefaultVideoRamMiB, true, null, RdmStrategy.Ignore.Name(), null, (long)X86Request.DefaultRdmMemBoundaryMiB,
            GuestFirmware.SeaBios.Name(), Devices(request), Arm: new ArmDocument(arm.Vcpus, arm.DirectMap, arm.Trusted, arm.Allocation.Name(), Ranges(arm.StaticMemory), arm.Vpl011)),
        _ => throw new ArgumentException($"Unknown request {request.GetType().Name}.", nameof(request)),
    }, Options);

    public static DomainRequest ReadRequest(string json)
    {
        var d = Read<RequestDocument>(json);
        var devices = d.Devices.Select(x => new DeviceRequest(PciAddress.Parse(x.Sbdf), Policy(x.RdmPolicy))).ToList();
        if (d.Arm is { } arm)
        {
            return new ArmRequest((ulong)d.MemoryMiB, devices, new ArmOptions(
                arm.Vcpus, arm.DirectMap, arm.Trusted, ArmNames.Allocations[arm.Allocation], Ranges(arm.StaticMemory), arm.Vpl011));
        }

        return new X86Request(
            (ulong)d.MemoryMiB,
            devices,
            (ulong)d.VideoRamMiB,
            d.Hap,
            (ulong?)d.MmioHoleMiB,
            LayoutNames.Strategies[d.Strategy],
            Policy(d.Policy),
            (ulong)d.RdmMemBoundaryMiB,
            LayoutNames.Firmwares[d.Firmware])
        {
            Reserve = (IReadOnlyList<AddressRange>?)d.Reserve?.Select(Range).ToList() ?? [],
            Pool = d.Pool is { } pool ? new RdmPool((IReadOnlyList<HostName>?)pool.Hosts?.Select(HostName.Parse).ToList() ?? [], pool.Label) : null,
            Emulated = new EmulatedDevices(
                d.Vga is { } vga ? LayoutNames.Vgas[vga] : VgaModel.Cirrus,
                d.XenPlatformPci ?? true,
                (IReadOnlyList<NicModel>?)d.Nics?.Select(n => LayoutNames.Nics[n]).ToArray() ?? []),
            // Domains stored before emulated devices and passthrough were settings took devices whenever they were hotplugged.
            Passthrough = d.Vga is null ? true : d.Passthrough,
            MaxMemMiB = (ulong?)d.MaxMemMiB,
        };
    }

    /// <summary>The layout document of either architecture.</summary>
    public static string Write(GuestLayout layout) => layout switch
    {
        DomainLayout x86 => Write(x86),
        ArmLayout arm => JsonSerializer.Serialize(new ArmLayoutDocument(
            arm.DirectMapped,
            Ranges(arm.Banks),
            new GicDocument((int)arm.Gic.Version, Range(arm.Gic.Distributor), arm.Gic.CpuInterface is { } c ? Range(c) : null, Ranges(arm.Gic.Redistributors)),
            arm.Console is { } console ? new ConsoleDocument(Number(console.Range.Start), Number(console.Range.End), console.Spi) : null,
            arm.DeviceTree), Options),
        _ => throw new ArgumentException($"Unknown layout {layout.GetType().Name}.", nameof(layout)),
    };

    /// <summary>The layout of a domain whose request is <paramref name="request"/>: an arm64 one when it has arm settings.</summary>
    public static GuestLayout ReadLayout(string json, DomainRequest request)
    {
        if (request is not ArmRequest)
        {
            return ReadLayout(json);
        }

        var d = Read<ArmLayoutDocument>(json);
        return new ArmLayout(
            d.DirectMapped,
            Ranges(d.Banks),
            new GuestGic((GicVersion)d.Gic.Version, Range(d.Gic.Distributor), d.Gic.CpuInterface is { } c ? Range(c) : null, Ranges(d.Gic.Redistributors)),
            d.Console is { } console ? new Vpl011(Range(console.Start, console.End), console.Spi) : null,
            d.DeviceTree);
    }

    public static string Write(DomainLayout layout) => JsonSerializer.Serialize(new LayoutDocument(
        Number(layout.Ram.LowEnd),
        layout.Ram.HighEnd is { } high ? Number(high) : null,
        Number(layout.MmioHoleStart),
        layout.GuestMemoryMap.Select(Write).ToList(),
        layout.E820.Select(Write).ToList(),
        layout.ReservedDeviceMemory.Select(e => new RdmDocument(
            Number(e.Range.Start), Number(e.Range.End), e.Policy.Name(), e.Source.Name(), e.Status.Name())).ToList(),
        layout.Bars.Select(b => new BarDocument(
            b.Slot.ToString(), b.Index, b.Range is { } r ? Number(r.Start) : null, b.Range is { } e ? Number(e.End) : null, b.Window.Name(),
            b.Host?.ToString(), b.Kind.Name(), checked((long)b.Size.Bytes), b.Is64Bit)).ToList(),
        (long?)layout.MmioHoleMiBNeeded), Options);

    public static DomainLayout ReadLayout(string json)
    {
        var d = Read<LayoutDocument>(json);
        return new DomainLayout(
            new RamLayout(Address(d.LowMemEnd), d.HighMemEnd is { } high ? Address(high) : null),
            Address(d.MmioHoleStart),
            d.GuestMemoryMap.Select(Read).ToList(),
            d.E820.Select(Read).ToList(),
            d.ReservedDeviceMemory.Select(e => new RdmEntry(
                Range(e.Start, e.End), LayoutNames.Policies[e.Policy], Names.Sources[e.Source], Names.Statuses[e.Status])).ToList(),
            d.Bars.Select(Read).ToList()) { MmioHoleMiBNeeded = (ulong?)d.MmioHoleMiBNeeded };
    }

    public static string Write(IEnumerable<Finding> findings) => JsonSerializer.Serialize(findings.Select(f => new FindingDocument(
        f.Severity.Name(),
        f.Code,
        f.Message,
        f.Range is { } r ? Number(r.Start) : null,
        f.Range is { } e ? Number(e.End) : null,
        f.Device?.ToString(),
        f.Bar)).ToList(), Options);

    public static List<Finding> ReadFindings(string json) => Read<List<FindingDocument>>(json).Select(f => new Finding(
        Names.Severities[f.Severity],
        f.Code,
        f.Message,
        f.Start is { } start && f.End is { } end ? Range(start, end) : null,
        f.Sbdf is { } sbdf ? PciAddress.Parse(sbdf) : null) { Bar = f.Bar }).ToList();

    // A bar stored before emulated devices has no kind: it was a passed-through device's, listed under its host address, and placed.
    private static PlacedBar Read(BarDocument b)
    {
        var window = Names.Windows[b.Window];
        var range = b.Start is { } start && b.End is { } end ? Range(start, end) : (AddressRange?)null;
        var slot = PciAddress.Parse(b.Sbdf);
        return b.Kind is { } kind
            ? new PlacedBar(slot, b.Index, (InventoryNames.TryParseBarKind(kind, out var k) ? k : throw new InvalidDataException($"Unknown BAR kind {kind}.")), new ByteSize(checked((ulong)b.Size!.Value)), b.Is64Bit ?? false, b.Host is { } host ? PciAddress.Parse(host) : null, range, window)
            : new PlacedBar(slot, b.Index, window == BarWindow.Io ? BarKind.Io : BarKind.Memory, range!.Value.Size, window == BarWindow.High, slot, range, window);
    }

    /// <summary>A list of ranges (identity maps) as a JSON array.</summary>
    public static string Write(IEnumerable<AddressRange> ranges) => JsonSerializer.Serialize(Ranges(ranges), Options);

    public static List<AddressRange> ReadRanges(string json) => Ranges(Read<List<RangeDocument>>(json));

    private static MemoryRangeDocument Write(MemoryMapEntry entry) => new(Number(entry.Range.Start), Number(entry.Range.End), entry.Type.Name());

    private static MemoryMapEntry Read(MemoryRangeDocument entry) => new(Range(entry.Start, entry.End), Names.MemoryTypes[entry.Type]);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"An empty {typeof(T).Name}.");

    private static long Number(PhysicalAddress address) => checked((long)address.Value);

    private static PhysicalAddress Address(long value) => new(checked((ulong)value));

    private static AddressRange Range(long start, long end) => new(Address(start), Address(end));

    private static RangeDocument Range(AddressRange range) => new(Number(range.Start), Number(range.End));

    private static AddressRange Range(RangeDocument range) => Range(range.Start, range.End);

    private static List<RangeDocument> Ranges(IEnumerable<AddressRange> ranges) => ranges.Select(Range).ToList();

    private static List<AddressRange> Ranges(IEnumerable<RangeDocument> ranges) => ranges.Select(Range).ToList();

    private static List<DeviceDocument> Devices(DomainRequest request) => request.Devices.Select(d => new DeviceDocument(d.Address.ToString(), d.Policy?.Name())).ToList();

    private static RdmPolicy? Policy(string? name) => name is null ? null : LayoutNames.Policies[name];

    // Reserve and Pool came with strategies explicit and pool, Arm with arm64 domains, Vga to MaxMemMiB with emulated devices:
    // documents written before have none.
    private sealed record RequestDocument(
        long MemoryMiB, long VideoRamMiB, bool Hap, long? MmioHoleMiB, string Strategy, string? Policy, long RdmMemBoundaryMiB, string Firmware,
        List<DeviceDocument> Devices, List<RangeDocument>? Reserve = null, PoolDocument? Pool = null, ArmDocument? Arm = null,
        string? Vga = null, bool? XenPlatformPci = null, List<string>? Nics = null, bool? Passthrough = null, long? MaxMemMiB = null);

    // Vpl011 came later: documents written before it read as a domain with a vPL011, as all had then.
    private sealed record ArmDocument(int Vcpus, bool DirectMap, bool Trusted, string Allocation, List<RangeDocument> StaticMemory, bool Vpl011 = true);

    // Console is null for a domain without a vPL011.
    private sealed record ArmLayoutDocument(bool DirectMapped, List<RangeDocument> Banks, GicDocument Gic, ConsoleDocument? Console, string DeviceTree);

    private sealed record GicDocument(int Version, RangeDocument Distributor, RangeDocument? CpuInterface, List<RangeDocument> Redistributors);

    private sealed record ConsoleDocument(long Start, long End, int Spi);

    private sealed record RangeDocument(long Start, long End);

    private sealed record PoolDocument(List<string>? Hosts, string? Label);

    private sealed record DeviceDocument(string Sbdf, string? RdmPolicy);

    private sealed record LayoutDocument(
        long LowMemEnd, long? HighMemEnd, long MmioHoleStart, List<MemoryRangeDocument> GuestMemoryMap, List<MemoryRangeDocument> E820,
        List<RdmDocument> ReservedDeviceMemory, List<BarDocument> Bars, long? MmioHoleMiBNeeded = null);

    private sealed record MemoryRangeDocument(long Start, long End, string Type);

    private sealed record RdmDocument(long Start, long End, string Policy, string Source, string Status);

    private sealed record BarDocument(
        string Sbdf, int Index, long? Start, long? End, string Window, string? Host = null, string? Kind = null, long? Size = null, bool? Is64Bit = null);

    private sealed record FindingDocument(string Severity, string Code, string Message, long? Start, long? End, string? Sbdf, int? Bar = null);
}
