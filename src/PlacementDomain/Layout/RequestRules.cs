using System.Globalization;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.UseCases;

namespace Placement.Domain.Layout;

/// <summary>
/// What the values of a domain request mean, checked before any host is read: its ranges (explicit
/// rdm regions, static banks) keep the range rules an inventory's do, with the same codes; devices
/// and pool hosts are listed once; memory exceeds video RAM; static banks are disjoint and add up
/// to the memory. Each violation names its field as the request document does
/// (<c>devices[1].sbdf</c>, <c>arm.staticMemory[0].end</c>); the devices and targets
/// of a migration are listed once too. Limits of single fields (memory in
/// range, known names) are the document's shape, checked where it is read.
/// </summary>
public static class RequestRules
{
    /// <summary>16 TiB in MiB: more than any host offers, small enough that no address arithmetic overflows.</summary>
    public const ulong MaxMemoryMiB = 16UL << 20;

    public const string MemoryNotAboveVideoRam = "memory-not-above-video-ram";
    public const string StaticMemoryMismatch = "static-memory-mismatch";
    public const string MaxMemBelowMemory = "maxmem-below-memory";

    /// <summary>2^52: the top of the widest physical address space a host may have; a request's ranges end below it.</summary>
    public static readonly PhysicalAddress Top = PhysicalAddress.TopOfAddressSpace(InventoryRules.MaxPhysAddressBits);

    public static IReadOnlyList<InventoryViolation> Check(DomainRequest request)
    {
        var violations = new List<InventoryViolation>();
        violations.AddRange(CheckDevices(request.Devices, "devices"));
        violations.AddRange(request switch
        {
            X86Request x86 => CheckX86(x86),
            ArmRequest arm => CheckArm(arm),
            _ => [],
        });
        return violations;
    }

    /// <summary>The devices a migration attaches at <paramref name="path"/>: each once (attaching one twice would break the one-owner index).</summary>
    public static IEnumerable<InventoryViolation> CheckDevices(IReadOnlyList<DeviceRequest> devices, string path) =>
        InventoryRules.Duplicates(devices.Select(d => d.Address).ToList(), i => $"{path}[{i}].sbdf", "Device");

    /// <summary>The targets of a migration check: each host once, each with its devices once.</summary>
    public static IReadOnlyList<InventoryViolation> CheckTargets(IReadOnlyList<TargetQuery> targets)
    {
        var violations = InventoryRules.Duplicates(targets.Select(t => t.Host).ToList(), i => $"targets[{i}].host", "Host").ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            violations.AddRange(CheckDevices(targets[i].Devices ?? [], $"targets[{i}].devices"));
        }

        return violations;
    }

    /// <summary>Rules comparing the memory with something else run only on a memory within its own limits.</summary>
    private static bool InRange(ulong mib) => mib is >= 1 and <= MaxMemoryMiB;

    private static IEnumerable<InventoryViolation> CheckX86(X86Request request)
    {
        if (InRange(request.MemoryMiB) && request.VideoRamMiB <= MaxMemoryMiB && request.MemoryMiB <= request.VideoRamMiB)
        {
            yield return new("memoryMiB", MemoryNotAboveVideoRam,
                $"memoryMiB must exceed videoRamMiB ({request.VideoRamMiB}): video RAM is taken from it.");
        }

        if (request.MaxMemMiB is { } maxmem && maxmem < request.MemoryMiB)
        {
            yield return new("maxmemMiB", MaxMemBelowMemory, $"maxmemMiB ({maxmem}) must be at least memoryMiB ({request.MemoryMiB}), or left out.");
        }

        if (request.VideoRamMiB <= MaxMemoryMiB && VideoRam.Problem(request.Emulated.Vga, request.VideoRamMiB) is { } video)
        {
            yield return new("videoRamMiB", video.Code, video.Message);
        }

        if (request.Strategy == RdmStrategy.Explicit)
        {
            // Explicit regions may overlap: they are reserved as one (ADR 0010).
            for (var i = 0; i < request.Reserve.Count; i++)
            {
                foreach (var violation in RangeRules.Check(request.Reserve[i], $"rdm.regions[{i}]", ReservedRegion.Alignment, Top))
                {
                    yield return violation;
                }
            }
        }

        foreach (var duplicate in InventoryRules.Duplicates(request.Pool?.Hosts ?? [], i => $"rdm.hosts[{i}]", "Host"))
        {
            yield return duplicate;
        }
    }

    private static IEnumerable<InventoryViolation> CheckArm(ArmRequest request)
    {
        var banks = request.Options.StaticMemory;
        for (var i = 0; i < banks.Count; i++)
        {
            foreach (var violation in RangeRules.Check(banks[i], $"arm.staticMemory[{i}]", ReservedRegion.Alignment, Top))
            {
                yield return violation;
            }
        }

        foreach (var overlap in RangeRules.Overlaps(banks, i => $"arm.staticMemory[{i}]", "banks are disjoint."))
        {
            yield return overlap;
        }

        var total = AddressRange.TotalBytes(banks);
        if (banks.Count > 0 && banks.All(b => !b.IsEmpty) && InRange(request.MemoryMiB) && total != (UInt128)request.MemoryMiB * ByteSize.MiB)
        {
            yield return new("arm.staticMemory", StaticMemoryMismatch, string.Create(CultureInfo.InvariantCulture,
                $"The static banks add up to {total} bytes ({(double)total / ByteSize.MiB:0.###} MiB); memoryMiB is {request.MemoryMiB}: they must be equal."));
        }
    }
}
