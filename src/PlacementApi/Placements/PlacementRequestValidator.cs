using FluentValidation;
using Placement.Api.Http;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Api.Placements;

/// <summary>
/// The shape of what a placement adds to a plan's settings (which <see cref="PlacementRequestFilter"/>
/// checks with the plan's own validator): the host filter, the device requests, strategy and limit.
/// What the values mean together (names used once, label keys and values) is <see cref="PlacementRules"/>'s.
/// </summary>
public class PlacementRequestValidator : AbstractValidator<PlacementRequestBody>
{
    public const int MaxDeviceRequests = 16;
    public const int MaxCount = 16;
    public const int MaxNames = 1000;
    public const int MaxLimit = 100;

    public PlacementRequestValidator()
    {
        RuleFor(b => b.Hosts!).ChildRules(hosts =>
        {
            hosts.RuleFor(h => h.Architecture).OneOf(InventoryNames.Architectures.Keys);
            hosts.RuleFor(h => h.Labels).LabelValues();
            hosts.RuleFor(h => h.Names).Must(n => n is null || n.Count is >= 1 and <= MaxNames).WithErrorCode(ErrorCodes.OutOfRange)
                .WithMessage($"names lists 1 to {MaxNames} hosts, or is null for any.");
            hosts.RuleForEach(h => h.Names).Required().HostNameText();
        });
        RuleFor(b => b.DeviceRequests).Must(d => d is null || d.Count <= MaxDeviceRequests).WithErrorCode(ErrorCodes.TooMany)
            .WithMessage($"A placement has at most {MaxDeviceRequests} device requests.");
        RuleForEach(b => b.DeviceRequests).Required().ChildRules(device =>
        {
            device.RuleFor(d => d!.Name).Must(n => n is null || (n.Length is >= 1 and <= 64 && n.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
                .WithErrorCode(ErrorCodes.InvalidValue).WithMessage("name is 1 to 64 characters of letters, digits, '.', '-' and '_'.");
            device.RuleFor(d => d!.Count).InclusiveBetween(1, MaxCount).WithErrorCode(ErrorCodes.OutOfRange)
                .WithMessage($"count must be between 1 and {MaxCount}.");
            device.RuleFor(d => d!.VendorId).PciIdText();
            device.RuleFor(d => d!.DeviceId).PciIdText();
            device.RuleFor(d => d!.ClassCode).Must(c => c is null || ClassCodePrefix.TryParse(c, out _)).WithErrorCode(ErrorCodes.InvalidClassCode)
                .WithMessage($"classCode must be a prefix: {ClassCodePrefix.Rule}.");
            device.RuleFor(d => d!.Labels).LabelValues();
            device.RuleFor(d => d!.RdmPolicy).OneOf(LayoutNames.Policies.Keys);
        });
        RuleFor(b => b.Strategy).OneOf(FleetNames.Strategies.Keys);
        RuleFor(b => b.Limit).InclusiveBetween(1, MaxLimit).WithErrorCode(ErrorCodes.OutOfRange).WithMessage($"limit must be between 1 and {MaxLimit}.");
    }
}

/// <summary>A placed create: a placement whose domain has a name.</summary>
public sealed class PlacedCreateValidator : PlacementRequestValidator
{
    public PlacedCreateValidator() => RuleFor(b => b.Name).Required();
}
