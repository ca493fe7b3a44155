using FluentValidation;
using FluentValidation.Results;
using Placement.Domain.Inventory;
using Placement.Domain.Pci;

namespace Placement.Api.Http;

/// <summary>Rules shared by the request validators, each with its stable code.</summary>
internal static class ValidationRules
{
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotNull().WithErrorCode(ErrorCodes.Required).WithMessage("{PropertyName} is required.");

    public static IRuleBuilderOptions<T, string?> PciAddressText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || PciAddress.TryParse(s, out _))
            .WithErrorCode(ErrorCodes.InvalidPciAddress)
            .WithMessage($"'{{PropertyValue}}' is not a PCI address: {PciAddress.Rule}.");

    public static IRuleBuilderOptions<T, string?> PciIdText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || PciIds.TryParseId(s, out _))
            .WithErrorCode(ErrorCodes.InvalidPciId)
            .WithMessage($"{{PropertyName}} must be {PciIds.IdRule}.");

    public static IRuleBuilderOptions<T, string?> ClassCodeText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || PciIds.TryParseClassCode(s, out _))
            .WithErrorCode(ErrorCodes.InvalidClassCode)
            .WithMessage($"{{PropertyName}} must be {PciIds.ClassCodeRule}.");

    /// <summary>Every label has a value; what keys and values may be is <see cref="LabelRules"/>'s.</summary>
    public static void LabelValues<T>(this IRuleBuilder<T, Dictionary<string, string>?> rule) =>
        rule.Custom((labels, context) =>
        {
            foreach (var (key, value) in labels ?? [])
            {
                if (value is null)
                {
                    var field = $"{context.PropertyPath}.{key}";
                    context.AddFailure(new ValidationFailure(field, $"{field} is required: a label has a value.") { ErrorCode = ErrorCodes.Required });
                }
            }
        });

    public static IRuleBuilderOptions<T, string?> HostNameText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || Domain.Inventory.HostName.IsValid(s))
            .WithErrorCode(ErrorCodes.InvalidHostName)
            .WithMessage(QueryRules.NotAHostName("{PropertyValue}"));

    public static IRuleBuilderOptions<T, HexNumber?> Hex<T>(this IRuleBuilder<T, HexNumber?> rule) =>
        rule.Must(h => h is null || h.Value.IsValid)
            .WithErrorCode("invalid-number")
            .WithMessage($"{{PropertyName}} must be {HexNumber.Rule}.");

    public static IRuleBuilderOptions<T, string?> LabelSelector<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(l => l is null || LabelRules.TryParse(l, out _, out _)).WithErrorCode(ErrorCodes.InvalidLabel).WithMessage(QueryRules.NotALabelSelector);

    /// <summary>
    /// A range whose end lies below its start cannot be read (no address range holds it); an empty
    /// one can, and the domain's range rules report it. Both are <c>region-empty</c> at <c>end</c>.
    /// </summary>
    public static void NotInverted<T>(this AbstractValidator<T> validator, Func<T, HexNumber?> start, Func<T, HexNumber?> end) =>
        validator.RuleFor(r => r)
            .Must(r => start(r)?.Value is not { } s || end(r)?.Value is not { } e || s <= e)
            .OverridePropertyName("end").WithErrorCode("region-empty")
            .WithMessage("end must lie above start; ranges are [start, end).");

    /// <summary>Absent, or one of <paramref name="names"/>.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> names)
    {
        var allowed = names.ToList();
        return rule.Must(s => s is null || allowed.Contains(s))
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage(QueryRules.NotOneOf("{PropertyName}", allowed));
    }
}
