using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// Computes the layout of an x86 HVM domain on a host as libxl, hvmloader and the VT-d code would
/// (docs: xen-semantics §2-§6), reporting every conflict rather than stopping at the first.
/// </summary>
public static class LayoutPlanner
{
    public static LayoutPlan Plan(HostInventory host, PlanRequest request)
    {
        var entries = RdmEntries.Collect(host, request);
        var ram = RamLayout.Initial(request).MoveBelow(entries, request);
        var findings = new List<Finding>();
        if (ByteSize.FromMiB(request.MemoryMiB) > host.Memory)
        {
            findings.Add(Finding.Error(FindingCodes.InsufficientMemory,
                $"The domain needs {request.MemoryMiB} MiB; the host has {host.Memory.Bytes / ByteSize.MiB} MiB."));
        }

        ApplyPolicies(entries, ram, findings);

        var kept = entries.Where(e => e.IsKept).Select(e => e.Range).ToList();
        foreach (var range in kept.Where(FirmwareView.DynamicArea.Overlaps))
        {
            findings.Add(Finding.Error(FindingCodes.RdmInFirmwareArea,
                $"RDM {range} lies in the firmware's area {FirmwareView.DynamicArea}: hvmloader would crash at boot.", range));
        }

        var guestMap = FirmwareView.GuestMemoryMap(ram, entries.Where(e => e.IsKept));
        if (guestMap.Count >= FirmwareView.MaxMemoryMapEntries)
        {
            findings.Add(Finding.Error(FindingCodes.TooManyMemoryMapEntries,
                $"Too many entries in the memory map ({guestMap.Count}; fewer than {FirmwareView.MaxMemoryMapEntries} allowed)."));
        }

        var assigned = request.Devices
            .Select(d => (Request: d, Device: host.Devices.FirstOrDefault(h => h.Address == d.Address)))
            .ToList();
        var bars = BarPlacement.Place(assigned.Where(a => a.Device is not null).Select(a => a.Device!).ToList(), request, ram, kept, host.PhysAddressBits);
        var layoutFindings = findings.ToList();
        var outcomes = new List<DeviceOutcome>();
        foreach (var (deviceRequest, device) in assigned)
        {
            var policy = request.PolicyOf(deviceRequest);
            var own = DeviceChecks.Check(host, device, deviceRequest, policy);
            findings.AddRange(own);
            var regions = device is null ? [] : DeviceChecks.RegionsOf(host, device).ToHashSet();
            var concerning = layoutFindings.Where(f => f.Range is { } r && regions.Contains(r))
                .Concat(own)
                .Concat(bars.Findings.Where(f => f.Device == deviceRequest.Address))
                .ToList();
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
}
