using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

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
        var findings = RequestFindings(host, request, usage);
        RdmConflicts.Apply(entries, ram, host, request, findings);
        var kept = new List<AddressRange>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.IsKept)
            {
                kept.Add(entry.Range);
            }
        }

        findings.AddRange(FirmwareZones.Check(kept, request, scopes));
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

        var functions = GuestBus.Functions(request.Emulated, request.VideoRamMiB, assigned);
        var bars = BarPlacement.Place(functions, request.MmioHoleMiB, ram, kept, host.PhysAddressBits);
        var holeNeeded = bars.MmioHoleMiBNeeded;
        var barFindings = bars.Findings.Count == 0 ? bars.Findings : bars.Findings.ConvertAll(f => WithHoleHint(f, holeNeeded));
        var layoutFindings = findings.Count;
        var outcomes = new List<DeviceOutcome>(known.Length);
        for (var i = 0; i < known.Length; i++)
        {
            var deviceRequest = request.Devices[i];
            var policy = request.PolicyOf(deviceRequest);
            var own = DeviceChecks.Check(host, known[i], deviceRequest, policy, scopes, usage);
            var concerning = AboutOwnRegions(scopes.RegionsOf(deviceRequest.Address), findings, layoutFindings);
            concerning.AddRange(own);
            if (barFindings.Count > 0 && functions.Find(f => f.Host == deviceRequest.Address)?.Slot is { } slot)
            {
                concerning.AddRange(barFindings.Where(f => f.Device == slot));
            }

            findings.AddRange(own);
            outcomes.Add(new DeviceOutcome(deviceRequest.Address, policy, DeviceChecks.OutcomeOf(concerning), concerning)
            {
                IdentityMaps = KeptOf(scopes.RegionsOf(deviceRequest.Address), kept),
            });
        }

        findings.AddRange(barFindings);
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
            findings)
        {
            MmioHoleMiBNeeded = holeNeeded,
        };
    }

    /// <summary>What the request asks that the host or Xen cannot give, whatever the regions: memory, passthrough, slots.</summary>
    private static List<Finding> RequestFindings(HostInventory host, X86Request request, HostUsage usage)
    {
        var findings = new List<Finding>();
        var free = usage.FreeOf(host.Memory);
        if (ByteSize.FromMiB(request.MemoryMiB) > free)
        {
            findings.Add(Finding.Error(FindingCodes.InsufficientMemory, usage.Memory == ByteSize.Zero
                ? $"The domain needs {request.MemoryMiB} MiB; the host has {host.Memory.Bytes / ByteSize.MiB} MiB."
                : $"The domain needs {request.MemoryMiB} MiB; the host has {free.Bytes / ByteSize.MiB} MiB free of {host.Memory.Bytes / ByteSize.MiB} MiB."));
        }

        if (request.Passthrough == false && request.Devices.Count > 0)
        {
            findings.Add(Finding.Error(FindingCodes.PassthroughDisabled,
                $"passthrough is disabled, and the request names {request.Devices.Count} device(s): enable passthrough, or name no devices."));
        }

        if (request.PassthroughEnabled && request.LayoutMemoryMiB > request.MemoryMiB)
        {
            findings.Add(Finding.Error(FindingCodes.PodWithPassthrough,
                $"maxmemMiB {request.LayoutMemoryMiB} above memoryMiB {request.MemoryMiB} is populate-on-demand, which Xen refuses with passthrough enabled: " +
                "set maxmemMiB to memoryMiB, or disable passthrough (then no device can be attached)."));
        }

        var slots = GuestBus.FirstDeviceSlot(request.Emulated) + request.Devices.Count;
        if (slots > PciAddress.MaxDevice + 1)
        {
            findings.Add(Finding.Error(FindingCodes.TooManyPciDevices,
                $"The guest's bus 0 has {PciAddress.MaxDevice + 1} slots; the emulated devices and the {request.Devices.Count} passed-through ones need {slots}: fewer devices or NICs."));
        }

        return findings;
    }

    /// <summary>The device's regions that the layout keeps: those are identity-mapped at boot.</summary>
    private static List<AddressRange> KeptOf(IReadOnlyList<ReservedRegion> regions, List<AddressRange> kept)
    {
        var maps = new List<AddressRange>(regions.Count);
        foreach (var region in regions)
        {
            if (kept.Contains(region.Range))
            {
                maps.Add(region.Range);
            }
        }

        return maps;
    }

    /// <summary>A BAR without room names the <c>mmioHoleMiB</c> that would place every BAR low, when there is one.</summary>
    private static Finding WithHoleHint(Finding finding, ulong? holeNeeded) =>
        finding.Code == FindingCodes.BarNoSpace && holeNeeded is { } hole
            ? finding with { Message = $"{finding.Message} mmioHoleMiB {hole} places every BAR below 4G." }
            : finding;

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
