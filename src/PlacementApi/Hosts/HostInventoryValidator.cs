using FluentValidation;
using FluentValidation.Results;
using Placement.Api.Http;
using Placement.Domain.Inventory;

namespace Placement.Api.Hosts;

/// <summary>
/// The shape of an inventory document here (present, readable fields; the arm section's in
/// <see cref="ArmShapeRules"/>); what the values mean (alignment, overlaps, device scopes, limits,
/// the arm platform's rules) is <see cref="InventoryRules"/>, reported through the same response
/// once the document reads.
/// </summary>
public sealed class HostInventoryValidator : AbstractValidator<HostInventoryBody>
{
    public HostInventoryValidator()
    {
        RuleFor(b => b.Architecture).Required()
            .Must(a => a is null || InventoryNames.TryParseArchitecture(a, out _)).WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage($"architecture must be one of {string.Join(", ", InventoryNames.ArchitectureNames)}.");
        RuleFor(b => b.MemoryMiB).Required()
            .GreaterThan(0).WithErrorCode(ErrorCodes.OutOfRange).WithMessage("memoryMiB must be at least 1.")
            .Must(m => m is not > HostMapping.MaxMemoryMiB).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage($"memoryMiB must fit the largest ({InventoryRules.MaxPhysAddressBits}-bit) physical address space.");
        RuleFor(b => b.PhysAddressBits).Required();
        RuleFor(b => b.Iommu).Required();
        RuleFor(b => b.Labels).LabelValues();
        RuleForEach(b => b.Devices).Required().ChildRules(device =>
        {
            device.RuleFor(d => d.Sbdf).Required().PciAddressText();
            device.RuleForEach(d => d.Bars).Required().ChildRules(bar =>
            {
                bar.RuleFor(b => b.Index).Required();
                bar.RuleFor(b => b.Kind).Must(k => k is null || InventoryNames.TryParseBarKind(k, out _))
                    .WithErrorCode(ErrorCodes.InvalidValue)
                    .WithMessage($"kind must be one of {string.Join(", ", InventoryNames.BarKindNames)}.");
                bar.RuleFor(b => b.Size).Required().Hex();
            });
            device.RuleForEach(d => d.Mmio).Required().SetValidator(new RangeValidator()!);
            device.RuleFor(d => d.VendorId).PciIdText();
            device.RuleFor(d => d.DeviceId).PciIdText();
            device.RuleFor(d => d.ClassCode).ClassCodeText();
            device.RuleFor(d => d.Labels).LabelValues();
        });
        RuleForEach(b => b.ReservedRegions).Required().ChildRules(region =>
        {
            region.RuleFor(r => r.Start).Required().Hex();
            region.RuleFor(r => r.End).Required().Hex();
            region.NotInverted(r => r.Start, r => r.End);
            region.RuleFor(r => r.Devices).Required();
            region.RuleForEach(r => r.Devices).Required().PciAddressText();
        });
        RuleFor(b => b.Arm!).ChildRules(ArmShapeRules.Platform);
        RuleFor(b => b).Custom(AddInventoryViolations);
    }

    private static void AddInventoryViolations(HostInventoryBody body, ValidationContext<HostInventoryBody> context)
    {
        if (body.ToInventoryForRules() is not { } inventory)
        {
            return;
        }

        foreach (var violation in InventoryRules.Check(inventory))
        {
            context.AddFailure(new ValidationFailure(violation.Path, violation.Message) { ErrorCode = violation.Code });
        }
    }
}
