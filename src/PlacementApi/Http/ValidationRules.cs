using FluentValidation;
using FluentValidation.Results;
using Placement.Domain.Pci;

namespace Placement.Api.Http;

/// <summary>Rules shared by the request validators, each with its stable code.</summary>
internal static class ValidationRules
{
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotNull().WithErrorCode(ErrorCodes.Required).WithMessage("{PropertyName} is required.");

    public static IRuleBuilderOptions<T, string?> PciAddressText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || PciAddress.TryParse(s, out _))
            .WithErrorCode("invalid-pci-address")
            .WithMessage($"'{{PropertyValue}}' is not a PCI address: {PciAddress.Rule}.");

    public static IRuleBuilderOptions<T, string?> HostNameText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || Domain.Inventory.HostName.IsValid(s))
            .WithErrorCode(ErrorCodes.InvalidHostName)
            .WithMessage($"'{{PropertyValue}}' is not a host name: {Domain.Inventory.HostName.Rule}.");

    public static IRuleBuilderOptions<T, HexNumber?> Hex<T>(this IRuleBuilder<T, HexNumber?> rule) =>
        rule.Must(h => h is null || h.Value.IsValid)
            .WithErrorCode("invalid-number")
            .WithMessage($"{{PropertyName}} must be {HexNumber.Rule}.");

    /// <summary>A list whose items may not repeat: each repeat is a <c>duplicate</c> at its own index.</summary>
    public static Action<List<TItem?>?, ValidationContext<T>> NoDuplicates<T, TItem>(string what)
        where TItem : notnull => (items, context) =>
    {
        var first = new Dictionary<TItem, int>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } item && !first.TryAdd(item, i))
            {
                context.AddFailure(new ValidationFailure($"{context.PropertyPath}[{i}]",
                    $"{what} {item} is listed twice (first at {context.PropertyPath}[{first[item]}]).") { ErrorCode = ErrorCodes.Duplicate });
            }
        }
    };

    /// <summary>Absent, or one of <paramref name="names"/>.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> names)
    {
        var allowed = names.ToList();
        return rule.Must(s => s is null || allowed.Contains(s))
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage($"{{PropertyName}} must be one of {string.Join(", ", allowed)}.");
    }
}
