using FluentValidation;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Api.Plans;

/// <summary>A range of a request (explicit rdm regions, static memory): readable, 4 KiB aligned, not empty, below 2^52.</summary>
public sealed class RangeValidator : AbstractValidator<AddressRangeBody>
{
    /// <summary>2^52: the top of the widest physical address space a host may have.</summary>
    public static readonly PhysicalAddress Top = PhysicalAddress.TopOfAddressSpace(InventoryRules.MaxPhysAddressBits);

    public RangeValidator()
    {
        RuleFor(r => r.Start).Required().Hex()
            .Must(s => s?.Value is not { } start || new PhysicalAddress(start).IsAlignedTo(ReservedRegion.Alignment))
            .WithErrorCode("region-not-aligned").WithMessage(r => $"start {Hex(r.Start)} is not 4 KiB aligned.");
        RuleFor(r => r.End).Required().Hex()
            .Must(e => e?.Value is not { } end || new PhysicalAddress(end).IsAlignedTo(ReservedRegion.Alignment))
            .WithErrorCode("region-not-aligned").WithMessage(r => $"end {Hex(r.End)} is not 4 KiB aligned.")
            .Must(e => e?.Value is not { } end || end <= Top.Value)
            .WithErrorCode("region-beyond-address-space").WithMessage(r => $"end {Hex(r.End)} lies beyond {Top}, the top of the widest physical address space.");
        RuleFor(r => r).Must(r => r.Start?.Value is not { } start || r.End?.Value is not { } end || start < end)
            .OverridePropertyName("end").WithErrorCode("region-empty").WithMessage("end must lie above start; ranges are [start, end).");
    }

    private static string Hex(HexNumber? number) => HexNotation.Format(number!.Value.Value!.Value);
}
