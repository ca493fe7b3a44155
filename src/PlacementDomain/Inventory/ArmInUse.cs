using Placement.Domain.Arm;

namespace Placement.Domain.Inventory;

/// <summary>
/// What of an arm64 host's platform its live domains rely on, so that a replacement may not change
/// it: the RAM banks and firmware regions their memory was placed among, and the GIC and console
/// whose addresses and SPI direct-mapped domains use. The direct-map pool may change: it is only
/// what later domains draw from.
/// </summary>
internal static class ArmInUse
{
    public static IEnumerable<InventoryViolation> Check(ArmPlatform? current, ArmPlatform? replacement)
    {
        // No platform on one side: an arm64 host stored before inventories described it (its first one is no change).
        if (current is null || replacement is null)
        {
            yield break;
        }

        if (!ArmPlatform.SameRanges(current.MemoryBanks, replacement.MemoryBanks))
        {
            yield return new("arm.memoryBanks", InventoryInUse.HostInUse, "The RAM banks may not change while domains live on the host.");
        }

        if (!ArmPlatform.SameRanges(current.FirmwareReserved, replacement.FirmwareReserved))
        {
            yield return new("arm.firmwareReserved", InventoryInUse.HostInUse, "The firmware's reserved regions may not change while domains live on the host.");
        }

        if (!current.Gic.SameAs(replacement.Gic))
        {
            yield return new("arm.gic", InventoryInUse.HostInUse, "The GIC may not change while domains live on the host: direct-mapped domains use its addresses.");
        }

        if (current.Console != replacement.Console)
        {
            yield return new("arm.console", InventoryInUse.HostInUse,
                "The console may not change while domains live on the host: direct-mapped domains' virtual UART uses its address and SPI.");
        }
    }
}
