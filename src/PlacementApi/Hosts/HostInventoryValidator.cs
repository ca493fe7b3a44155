using FluentValidation;
using FluentValidation.Results;
using Placement.Api.Http;
using Placement.Domain.Inventory;

namespace Placement.Api.Hosts;

/// <summary>
/// The shape of an inventory document here (present, readable fields); what the values mean
/// (alignment, overlaps, device scopes, limits) is <see cref="InventoryRules"/>, reported through
/// the same response once the document reads.
/// </summary>
public sealed class HostInventoryValidator : AbstractValidator<HostInventoryBody>
{
    public HostInventoryValidator()
    {
        RuleFor(b => b.Architecture).Required()
            .Must(a => InventoryNames.TryParseArchitecture(a, out _)).WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage($"architecture must be one of {string.Join(", ", InventoryNames.ArchitectureNames)}.");
        RuleFor(b => b.MemoryMiB).Required()
            .GreaterThan(0).WithErrorCode(ErrorCodes.OutOfRange).WithMessage("memoryMiB must be at least 1.");
        RuleFor(b => b.PhysAddressBits).Required();
        RuleFor(b => b.Iommu).Required();
        RuleForEach(b => b.Devices).ChildRules(device =>
        {
            device.RuleFor(d => d.Sbdf).Required().PciAddressText();
            device.RuleForEach(d => d.Bars).ChildRules(bar =>
            {
                bar.RuleFor(b => b.Index).Required();
                bar.RuleFor(b => b.Kind).Must(k => k is null || InventoryNames.TryParseBarKind(k, out _))
                    .WithErrorCode(ErrorCodes.InvalidValue)
                    .WithMessage($"kind must be one of {string.Join(", ", InventoryNames.BarKindNames)}.");
                bar.RuleFor(b => b.Size).Required().Hex();
            });
        });
        RuleForEach(b => b.ReservedRegions).ChildRules(region =>
        {
            region.RuleFor(r => r.Start).Required().Hex();
            region.RuleFor(r => r.End).Required().Hex();
            region.RuleFor(r => r)
                .Must(r => r.Start?.Value is not { } start || r.End?.Value is not { } end || start < end)
                .OverridePropertyName("end").WithErrorCode("region-empty")
                .WithMessage("end must lie above start; ranges are [start, end).");
            region.RuleFor(r => r.Devices).Required();
            region.RuleForEach(r => r.Devices).PciAddressText();
        });
        RuleFor(b => b).Custom(AddInventoryViolations);
    }

    private static void AddInventoryViolations(HostInventoryBody body, ValidationContext<HostInventoryBody> context)
    {
        if (body.ToInventory() is not { } inventory)
        {
            return;
        }

        foreach (var violation in InventoryRules.Check(inventory))
        {
            context.AddFailure(new ValidationFailure(violation.Path, violation.Message) { ErrorCode = violation.Code });
        }
    }
}

internal static class ValidationRules
{
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotNull().WithErrorCode(ErrorCodes.Required).WithMessage("{PropertyName} is required.");

    public static IRuleBuilderOptions<T, string?> PciAddressText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || Domain.Pci.PciAddress.TryParse(s, out _))
            .WithErrorCode("invalid-pci-address")
            .WithMessage($"'{{PropertyValue}}' is not a PCI address: {Domain.Pci.PciAddress.Rule}.");

    public static IRuleBuilderOptions<T, HexNumber?> Hex<T>(this IRuleBuilder<T, HexNumber?> rule) =>
        rule.Must(h => h is null || h.Value.IsValid)
            .WithErrorCode("invalid-number")
            .WithMessage($"{{PropertyName}} must be {HexNumber.Rule}.");
}
