using FluentValidation;
using Placement.Api.Http;

namespace Placement.Api.Domains;

/// <summary>The shape of a migration check; that hosts and devices are listed once is <see cref="Domain.Layout.RequestRules"/>'s (<see cref="MigrationFilters"/>).</summary>
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
        });
        RuleFor(b => b.Limit).InclusiveBetween(1, MaxLimit).WithErrorCode(ErrorCodes.OutOfRange).WithMessage($"limit must be between 1 and {MaxLimit}.");
    }
}

/// <summary>The shape of a migration; that devices are listed once is <see cref="Domain.Layout.RequestRules"/>'s (<see cref="MigrationFilters"/>).</summary>
public sealed class MigrationValidator : AbstractValidator<MigrationBody>
{
    public MigrationValidator(DeviceRequestValidator device)
    {
        RuleFor(b => b.Target).Required().HostNameText();
        RuleForEach(b => b.Devices).Required().SetValidator(device);
    }
}
