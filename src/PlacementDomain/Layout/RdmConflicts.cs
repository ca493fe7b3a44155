using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>
/// §3 step 4: an entry still overlapping guest RAM fails (strict) or is dropped with a warning
/// (relaxed). The message starts with Xen's words and goes on with whose region it is and what
/// would avoid the conflict: a lower <c>rdmMemBoundaryMiB</c> moves low RAM below a region above
/// 2 MiB; less memory keeps high RAM below a region above 4G; <c>rdmPolicy: relaxed</c> boots with
/// the region as RAM.
/// </summary>
public static class RdmConflicts
{
    public static void Apply(List<RdmEntry> entries, RamLayout ram, HostInventory host, X86Request request, List<Finding> findings)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!ram.OverlapsRam(entry.Range))
            {
                continue;
            }

            var advice = $"{Whose(entry, host)} lies in guest RAM{Avoid(entry, ram, request)}";
            if (entry.Policy == RdmPolicy.Strict)
            {
                findings.Add(Finding.Error(FindingCodes.RdmConflict,
                    $"RDM conflict at {entry.Range.Start}. {advice}; rdmPolicy relaxed boots with it as RAM (the device may misbehave).", entry.Range));
            }
            else
            {
                findings.Add(Finding.Warning(FindingCodes.RdmConflictIgnored,
                    $"Ignoring RDM conflict at {entry.Range.Start}. {advice}; it stays RAM and the device using it may misbehave.", entry.Range));
                entries[i] = entry with { Status = RdmStatus.Dropped };
            }
        }
    }

    private static string Whose(RdmEntry entry, HostInventory host)
    {
        var devices = new List<PciAddress>();
        foreach (var region in host.ReservedRegions)
        {
            if (region.Range.Overlaps(entry.Range))
            {
                foreach (var device in region.Devices)
                {
                    if (!devices.Contains(device))
                    {
                        devices.Add(device);
                    }
                }
            }
        }

        devices.Sort();
        return devices.Count switch
        {
            0 => $"The region {entry.Range}",
            1 => $"The region {entry.Range} of {devices[0]}",
            2 => $"The region {entry.Range} of {devices[0]}, {devices[1]}",
            _ => $"The region {entry.Range} of {string.Join(", ", devices)}",
        };
    }

    private static string Avoid(RdmEntry entry, RamLayout ram, X86Request request)
    {
        if (ram.HighRam is { } high && entry.Range.Overlaps(high))
        {
            var excess = (high.End - entry.Range.Start).Bytes;
            var fewer = (excess + ByteSize.MiB - 1) / ByteSize.MiB;
            return fewer < request.MemoryMiB ? $" above 4G, which no boundary moves: memoryMiB {request.MemoryMiB - fewer} keeps high RAM below it" : " above 4G, which no boundary moves";
        }

        // Low RAM moves below a region only when it starts above the boundary, strictly.
        var start = entry.Range.Start.Value;
        var boundary = start == 0 ? 0 : (start - 1) / ByteSize.MiB;
        return boundary >= X86Request.MinRdmMemBoundaryMiB
            ? $" at or below rdmMemBoundaryMiB ({request.RdmMemBoundaryMiB}): rdmMemBoundaryMiB {boundary} moves low RAM below it"
            : " below 2 MiB, where no boundary moves RAM";
    }
}
