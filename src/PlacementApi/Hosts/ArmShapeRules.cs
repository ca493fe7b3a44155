using FluentValidation;
using Placement.Api.Http;
using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Api.Hosts;

/// <summary>
/// The shape of an arm section and of device MMIO, for <see cref="HostInventoryValidator"/>: required
/// fields, readable numbers, ranges that are not inverted, frames that end below 2^64 (past it
/// there is no range to check). What the values mean is <see cref="ArmPlatformRules"/>'s.
/// </summary>
internal static class ArmShapeRules
{
    private const string BeyondAddressSpace = "region-beyond-address-space";

    public static void Platform(InlineValidator<ArmPlatformBody> arm)
    {
        arm.RuleFor(a => a.MemoryBanks).Required();
        arm.RuleForEach(a => a.MemoryBanks).Required().SetValidator(new RangeValidator()!);
        arm.RuleForEach(a => a.FirmwareReserved).Required().SetValidator(new RangeValidator()!);
        arm.RuleForEach(a => a.DirectMapPool).Required().SetValidator(new RangeValidator()!);
        // The ! only types the child rules: a null gic or console skips them (Required reports a missing gic).
        arm.RuleFor(a => a.Gic!).Required().ChildRules(Gic);
        arm.RuleFor(a => a.Console!).ChildRules(Console);
    }

    private static void Gic(InlineValidator<GicBody> gic)
    {
        gic.RuleFor(g => g.Version).Required();
        gic.RuleFor(g => g.DistributorBase).Required().Hex()
            .Must((g, at) => Fits(at, Domain.Arm.Gic.DistributorSize((GicVersion)(g.Version ?? 2))))
            .WithErrorCode(BeyondAddressSpace).WithMessage("distributorBase lies beyond any physical address space: the distributor's frame would end past 2^64.");
        gic.RuleFor(g => g.CpuInterfaceBase).Hex()
            .Must(at => Fits(at, Domain.Arm.Gic.CpuInterfaceSize))
            .WithErrorCode(BeyondAddressSpace).WithMessage("cpuInterfaceBase lies beyond any physical address space: the CPU interface's frame would end past 2^64.");
        gic.RuleForEach(g => g.Redistributors).Required().SetValidator(new RangeValidator()!);
    }

    private static void Console(InlineValidator<ConsoleBody> console)
    {
        console.RuleFor(c => c.Base).Required().Hex();
        console.RuleFor(c => c.Size).Required().Hex();
        console.RuleFor(c => c.Spi).Required();
        console.RuleFor(c => c)
            .Must(c => c.Size?.Value is not { } size || Fits(c.Base, new ByteSize(size)))
            .OverridePropertyName("base").WithErrorCode(BeyondAddressSpace)
            .WithMessage("base lies beyond any physical address space: base + size would end past 2^64.");
    }

    /// <summary>True unless a readable <paramref name="start"/> would end a frame of <paramref name="size"/> past 2^64 - 1.</summary>
    private static bool Fits(HexNumber? start, ByteSize size) => start?.Value is not { } at || ArmMapping.Frame(at, size) is not null;
}
