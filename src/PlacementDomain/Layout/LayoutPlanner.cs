using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// Computes the layout of an x86 HVM domain on a host as libxl, hvmloader and the VT-d code would
/// (docs/xen-rules.md §2-§6), reporting every conflict rather than stopping at the first.
/// </summary>
public static class LayoutPlanner
{
    /// <param name="usage">What the host's live domains hold: their devices are busy, their memory taken. None when omitted.</param>
    public static LayoutPlan Plan(HostInventory host, X86Request request, HostUsage? usage = null)
    {
        usage ??= HostUsage.None;
        var scopes = new DeviceScopes(host, request.Devices);
        var entries = RdmEntries.Collect(host, request, scopes);
        var ram = RamLayout.Initial(request).MoveBelow(entries, request);
        var findings = new List<Finding>();
        var free = usage.FreeOf(host.Memory);
        if (ByteSize.FromMiB(request.MemoryMiB) > free)
        {
            findings.Add(Finding.Error(FindingCodes.InsufficientMemory, usage.Memory == ByteSize.Zero
                ? $"The domain needs {request.MemoryMiB} MiB; the host has {host.Memory.Bytes / ByteSize.MiB} MiB."
                : $"The domain needs {request.MemoryMiB} MiB; the host has {free.Bytes / ByteSize.MiB} MiB free of {host.Memory.Bytes / ByteSize.MiB} MiB."));
        }

        ApplyPolicies(entries, ram, findings);
        var kept = new List<AddressRange>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.IsKept)
            {
                kept.Add(entry.Range);
            }
        }

        foreach (var range in kept)
        {
            if (FirmwareView.DynamicArea.Overlaps(range))
            {
                findings.Add(Finding.Error(FindingCodes.RdmInFirmwareArea,
                    $"RDM {range} lies in the firmware's area {FirmwareView.DynamicArea}: hvmloader would crash at boot.", range));
            }
        }

        var guestMap = FirmwareView.GuestMemoryMap(ram, kept);
        if (guestMap.Count >= FirmwareView.MaxMemoryMapEntries)
        {
            findings.Add(Finding.Error(FindingCodes.TooManyMemoryMapEntries,
                $"Too many entries in the memory map ({guestMap.Count}; fewer than {FirmwareView.MaxMemoryMapEntries} allowed)."));
        }

        var known = new PciDevice?[request.Devices.Count];
        var assigned = new List<PciDevice>(known.Length);
        for (var i = 0; i < known.Length; i++)
        {
            known[i] = Find(host.Devices, request.Devices[i]);
            if (known[i] is { } device)
            {
                assigned.Add(device);
            }
        }

        var bars = BarPlacement.Place(assigned, request, ram, kept, host.PhysAddressBits);
        var layoutFindings = findings.Count;
        var outcomes = new List<DeviceOutcome>(known.Length);
        for (var i = 0; i < known.Length; i++)
        {
            var deviceRequest = request.Devices[i];
            var policy = request.PolicyOf(deviceRequest);
            var own = DeviceChecks.Check(host, known[i], deviceRequest, policy, scopes, usage);
            var concerning = AboutOwnRegions(scopes.RegionsOf(deviceRequest.Address), findings, layoutFindings);
            concerning.AddRange(own);
            concerning.AddRange(bars.Findings.Where(f => f.Device == deviceRequest.Address));
            findings.AddRange(own);
            outcomes.Add(new DeviceOutcome(deviceRequest.Address, policy, DeviceChecks.OutcomeOf(concerning), concerning));
        }

        findings.AddRange(bars.Findings);
        var feasible = !findings.Exists(f => f.Severity == Severity.Error);
        return new LayoutPlan(
            feasible,
            ram.LowEnd,
            ram.HighEnd,
            bars.LowWindowStart,
            feasible ? guestMap : null,
            feasible ? FirmwareView.E820(request.Firmware, guestMap) : null,
            entries,
            bars.Bars,
            outcomes,
            findings);
    }

    /// <summary>§3 step 4: an entry still overlapping guest RAM fails (strict) or is dropped with a warning (relaxed).</summary>
    private static void ApplyPolicies(List<RdmEntry> entries, RamLayout ram, List<Finding> findings)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!ram.OverlapsRam(entry.Range))
            {
                continue;
            }

            if (entry.Policy == RdmPolicy.Strict)
            {
                findings.Add(Finding.Error(FindingCodes.RdmConflict, $"RDM conflict at {entry.Range.Start}.", entry.Range));
            }
            else
            {
                findings.Add(Finding.Warning(FindingCodes.RdmConflictIgnored, $"Ignoring RDM conflict at {entry.Range.Start}.", entry.Range));
                entries[i] = entry with { Status = RdmStatus.Dropped };
            }
        }
    }

    /// <summary>The layout findings (the first <paramref name="layoutCount"/>) about the device's own RMRRs.</summary>
    private static List<Finding> AboutOwnRegions(IReadOnlyList<ReservedRegion> own, List<Finding> findings, int layoutCount)
    {
        var about = new List<Finding>();
        for (var i = 0; i < layoutCount && own.Count > 0; i++)
        {
            if (findings[i].Range is { } range && IsOneOf(range, own))
            {
                about.Add(findings[i]);
            }
        }

        return about;
    }

    private static bool IsOneOf(AddressRange range, IReadOnlyList<ReservedRegion> regions)
    {
        foreach (var region in regions)
        {
            if (region.Range == range)
            {
                return true;
            }
        }

        return false;
    }

    private static PciDevice? Find(IReadOnlyList<PciDevice> devices, DeviceRequest request)
    {
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i].Address == request.Address)
            {
                return devices[i];
            }
        }

        return null;
    }
}
