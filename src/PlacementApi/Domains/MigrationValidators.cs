using FluentValidation;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Pci;

namespace Placement.Api.Domains;

public sealed class MigrationCheckValidator : AbstractValidator<MigrationCheckBody>
{
    public const int MaxTargets = 1000;
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10000;

    public MigrationCheckValidator(DeviceRequestValidator device)
    {
        RuleFor(b => b.Targets).Must(t => t is null || t.Count is >= 1 and <= MaxTargets).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage($"targets lists 1 to {MaxTargets} hosts; leave it out to check every host.");
        RuleForEach(b => b.Targets).Required().ChildRules(target =>
        {
            target.RuleFor(t => t.Host).Required().HostNameText();
            target.RuleForEach(t => t.Devices).Required().SetValidator(device);
            target.RuleFor(t => t.Devices).Must(DeviceLists.Distinct)
                .WithErrorCode("duplicate").WithMessage("A device is listed twice.");
        });
        RuleFor(b => b.Targets).Must(t => t is null || t.DistinctBy(x => x?.Host).Count() == t.Count)
            .WithErrorCode("duplicate").WithMessage("A host is listed twice.");
        RuleFor(b => b.Limit).InclusiveBetween(1, MaxLimit).WithErrorCode(ErrorCodes.OutOfRange).WithMessage($"limit must be between 1 and {MaxLimit}.");
    }
}

public sealed class MigrationValidator : AbstractValidator<MigrationBody>
{
    public MigrationValidator(DeviceRequestValidator device)
    {
        RuleFor(b => b.Target).Required().HostNameText();
        RuleForEach(b => b.Devices).Required().SetValidator(device);
        RuleFor(b => b.Devices).Must(DeviceLists.Distinct)
            .WithErrorCode("duplicate").WithMessage("A device is listed twice.");
    }
}

internal static class DeviceLists
{
    /// <summary>No device twice, however spelt: "03:00.0" and "0000:03:00.0" are one device (attaching it twice would break the one-owner index).</summary>
    public static bool Distinct(List<DeviceRequestBody>? devices) =>
        devices is null || devices.DistinctBy(d => PciAddress.TryParse(d?.Sbdf, out var address) ? address.ToString() : d?.Sbdf).Count() == devices.Count;
}
