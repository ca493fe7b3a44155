using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

/// <summary>
/// The MMIO frames of an arm64 host's GIC and console UART: a GICv2 has a distributor and a CPU
/// interface, a GICv3 a distributor and 1 to 64 redistributor regions; every frame is aligned,
/// inside the address space, apart from the others and from RAM. A frame given by its base is
/// reported at its base field.
/// </summary>
internal static class ArmFrameRules
{
    private static readonly ByteSize Page = ArmPlatform.PageSize;

    public static IEnumerable<InventoryViolation> Check(ArmPlatform arm, RamMap ram, PhysicalAddress top)
    {
        var gic = arm.Gic;
        if (gic.Version is not (GicVersion.V2 or GicVersion.V3))
        {
            return [new("arm.gic.version", "invalid-value", "version is 2 (GICv2) or 3 (GICv3).")];
        }

        var frames = Frames(arm);
        var violations = new List<InventoryViolation>();
        violations.AddRange(gic.Version == GicVersion.V3 ? CheckV3(gic, ram, top) : CheckV2(gic, ram, top));
        violations.AddRange(CheckConsole(arm.Console, ram, top));
        violations.AddRange(RangeRules.Overlaps(frames.Select(f => f.Range).ToList(), i => frames[i].Path,
            "the GIC's frames and the console are distinct MMIO."));
        return violations;
    }

    private static List<InventoryViolation> CheckV2(Gic gic, RamMap ram, PhysicalAddress top)
    {
        var violations = Frame(gic.Distributor, "arm.gic.distributorBase", "The GIC distributor", Page, ram, top).ToList();
        if (gic.CpuInterface is { } cpuInterface)
        {
            violations.AddRange(Frame(cpuInterface, "arm.gic.cpuInterfaceBase", "The GIC CPU interface", Page, ram, top));
        }
        else
        {
            violations.Add(new("arm.gic.cpuInterfaceBase", "required", "A GICv2 has a CPU interface (GICC): cpuInterfaceBase is required."));
        }

        if (gic.Redistributors.Count > 0)
        {
            violations.Add(new("arm.gic.redistributors", "not-allowed", "A GICv2 has no redistributors: they are GICv3's."));
        }

        return violations;
    }

    private static List<InventoryViolation> CheckV3(Gic gic, RamMap ram, PhysicalAddress top)
    {
        const string path = "arm.gic.redistributors";
        var violations = Frame(gic.Distributor, "arm.gic.distributorBase", "The GIC distributor", Gic.V3Alignment, ram, top).ToList();
        if (gic.CpuInterface is not null)
        {
            violations.Add(new("arm.gic.cpuInterfaceBase", "not-allowed", "A GICv3 has no memory-mapped CPU interface: cpuInterfaceBase is GICv2's."));
        }

        var regions = gic.Redistributors;
        if (regions.Count is 0 or > ArmPlatformRules.MaxRedistributorRegions)
        {
            violations.Add(regions.Count == 0
                ? new(path, "required", "A GICv3 lists its redistributor regions (GICR).")
                : new(path, "too-many", $"A GICv3 has at most {ArmPlatformRules.MaxRedistributorRegions} redistributor regions."));
            return violations;
        }

        for (var i = 0; i < regions.Count; i++)
        {
            violations.AddRange(RangeRules.Check(regions[i], $"{path}[{i}]", Gic.V3Alignment, top));
            violations.AddRange(OverlapsRam(regions[i], $"{path}[{i}]", "A redistributor region", ram));
        }

        return violations;
    }

    private static IEnumerable<InventoryViolation> CheckConsole(ConsoleUart? console, RamMap ram, PhysicalAddress top)
    {
        if (console is null)
        {
            yield break;
        }

        var range = console.Range;
        if (range.IsEmpty)
        {
            yield return new("arm.console.size", RangeRules.Empty, "size must be more than 0.");
        }
        else if (range.Size.Bytes % Page.Bytes != 0)
        {
            yield return new("arm.console.size", RangeRules.NotAligned, $"size {range.Size} is not a multiple of 4 KiB.");
        }

        if (console.Spi is < ArmPlatformRules.MinSpi or > ArmPlatformRules.MaxSpi)
        {
            yield return new("arm.console.spi", "out-of-range", $"spi {console.Spi} is not an SPI: SPIs are {ArmPlatformRules.MinSpi} to {ArmPlatformRules.MaxSpi}.");
        }

        foreach (var violation in Frame(range, "arm.console.base", "The console", Page, ram, top))
        {
            yield return violation;
        }
    }

    /// <summary>A frame given by its base: the base aligned, the frame inside the address space and not RAM.</summary>
    private static IEnumerable<InventoryViolation> Frame(AddressRange frame, string path, string what, ByteSize alignment, RamMap ram, PhysicalAddress top)
    {
        if (!frame.Start.IsAlignedTo(alignment))
        {
            yield return new(path, RangeRules.NotAligned, $"{what}'s base {frame.Start} is not {RangeRules.Describe(alignment)} aligned.");
        }

        if (frame.End > top)
        {
            yield return new(path, RangeRules.BeyondAddressSpace, $"{what} {frame} lies beyond the host's physical address space (top {top}).");
        }

        foreach (var violation in OverlapsRam(frame, path, what, ram))
        {
            yield return violation;
        }
    }

    private static IEnumerable<InventoryViolation> OverlapsRam(AddressRange frame, string path, string what, RamMap ram) =>
        ram.Overlapping(frame) is { } stretch
            ? [new(path, ArmPlatformRules.OverlapsRam, $"{what} {frame} overlaps RAM {stretch}: device registers are MMIO, never RAM.")]
            : [];

    /// <summary>The frames that must lie apart, each with the field it is reported at; those a GIC of its version may not have are left out.</summary>
    private static List<(string Path, AddressRange Range)> Frames(ArmPlatform arm)
    {
        var frames = new List<(string Path, AddressRange Range)> { ("arm.gic.distributorBase", arm.Gic.Distributor) };
        if (arm.Gic is { Version: GicVersion.V2, CpuInterface: { } cpuInterface })
        {
            frames.Add(("arm.gic.cpuInterfaceBase", cpuInterface));
        }

        if (arm.Gic.Version == GicVersion.V3 && arm.Gic.Redistributors.Count <= ArmPlatformRules.MaxRedistributorRegions)
        {
            frames.AddRange(arm.Gic.Redistributors.Select((region, i) => ($"arm.gic.redistributors[{i}]", region)));
        }

        if (arm.Console is { } console)
        {
            frames.Add(("arm.console.base", console.Range));
        }

        return frames;
    }
}
