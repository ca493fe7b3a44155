using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>§5.4 answer: <c>mmioHoleMiBNeeded</c>, the least hole that places every BAR below 4G.</summary>
internal static class MmioHoleSearch
{
    /// <summary>
    /// The smallest <c>mmio_hole</c> (MiB, 256 to 3840) with which every memory BAR of
    /// <paramref name="scan"/> (placed in <paramref name="order"/>) goes low; null when none does (a 64-bit BAR
    /// over 1 GiB always goes high). With a hole the window is fixed, so RAM does not matter: every
    /// BAR is low exactly when they add up to no more than the window and each finds room there.
    /// </summary>
    public static ulong? Needed(List<(GuestFunction Function, Bar Bar)> scan, int[] order, IReadOnlyList<AddressRange> keptRdms)
    {
        var sizes = new List<ByteSize>(order.Length);
        foreach (var i in order)
        {
            var bar = scan[i].Bar;
            if (bar.Kind == BarKind.Io)
            {
                continue;
            }

            if (bar.Is64Bit && bar.Size > BarPlacement.BigBar)
            {
                return null;
            }

            sizes.Add(bar.Size);
        }

        var total = sizes.Aggregate(ByteSize.Zero, (sum, size) => sum + size);
        if (sizes.Count == 0)
        {
            return X86Request.MinMmioHoleMiB;
        }

        if (total > BarPlacement.LowWindowEnd - PhysicalAddress.Zero)
        {
            return null;
        }

        // Largest first and each aligned to its size, the BARs fill [alignUp(start, largest), + total)
        // when no RDM is in the way: the least hole for that is a lower bound.
        var start = (BarPlacement.LowWindowEnd - total).AlignDown(sizes[0]);
        var least = Math.Max(X86Request.MinMmioHoleMiB, (ulong)((PhysicalAddress.FourGiB - start).Bytes + ByteSize.MiB - 1) / ByteSize.MiB);
        if (least > X86Request.MaxMmioHoleMiB)
        {
            return null;
        }

        if (FitsLow(sizes, total, least, keptRdms))
        {
            return least;
        }

        if (!FitsLow(sizes, total, X86Request.MaxMmioHoleMiB, keptRdms))
        {
            return null;
        }

        // RDMs in the way: more hole never places less, as the window only grows downwards.
        var (fits, fails) = (X86Request.MaxMmioHoleMiB, least);
        while (fits - fails > 1)
        {
            var middle = fails + ((fits - fails) / 2);
            (fits, fails) = FitsLow(sizes, total, middle, keptRdms) ? (middle, fails) : (fits, middle);
        }

        return fits;
    }

    /// <summary>
    /// Whether <paramref name="sizes"/> (largest first, adding up to <paramref name="total"/>) all find
    /// room, off kept RDMs, in the window a hole of <paramref name="holeMiB"/> fixes.
    /// </summary>
    private static bool FitsLow(List<ByteSize> sizes, ByteSize total, ulong holeMiB, IReadOnlyList<AddressRange> keptRdms)
    {
        var next = PhysicalAddress.FourGiB - ByteSize.FromMiB(holeMiB);
        if (total > BarPlacement.LowWindowEnd - next)
        {
            return false;
        }

        foreach (var size in sizes)
        {
            if (BarPlacement.Fit(ref next, BarPlacement.LowWindowEnd, size, keptRdms) is null)
            {
                return false;
            }
        }

        return true;
    }
}
