using FluentValidation;
using Placement.Api.Http;
using Placement.Domain.Layout;

namespace Placement.Api.Plans;

/// <summary>
/// The shape of a plan (and create) request: required fields, xl's limits of each field, known
/// names, readable PCI addresses, the settings each architecture and strategy takes. What the
/// values mean together (memory against video RAM, devices listed once, ranges, static banks) is
/// <see cref="RequestRules"/>'s, checked on the request the body maps to (<see cref="PlanRequestFilter{TValidator}"/>).
/// </summary>
public sealed class PlanRequestValidator : AbstractValidator<PlanRequestBody>
{
    public const long MaxMemoryMiB = (long)RequestRules.MaxMemoryMiB;

    public const int MaxDevices = 256;

    internal static readonly string[] Passthroughs = ["enabled", "disabled"];

    public PlanRequestValidator()
    {
        RuleFor(b => b.Name).Must(n => n is null || (n.Length is >= 1 and <= 64 && n.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            .WithErrorCode(ErrorCodes.InvalidValue).WithMessage("name is 1 to 64 characters of letters, digits, '.', '-' and '_'.");
        RuleFor(b => b.MemoryMiB).Required()
            .InclusiveBetween(1, MaxMemoryMiB).WithErrorCode(ErrorCodes.OutOfRange).WithMessage($"memoryMiB must be between 1 and {MaxMemoryMiB}.");
        RuleFor(b => b.VideoRamMiB).InclusiveBetween(0, MaxMemoryMiB).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage("videoRamMiB must not be negative.");
        RuleFor(b => b.MmioHoleMiB).InclusiveBetween((long)X86Request.MinMmioHoleMiB, (long)X86Request.MaxMmioHoleMiB)
            .WithErrorCode(ErrorCodes.OutOfRange).WithMessage($"mmioHoleMiB must be between {X86Request.MinMmioHoleMiB} and {X86Request.MaxMmioHoleMiB}.");
        RuleFor(b => b.RdmMemBoundaryMiB).InclusiveBetween((long)X86Request.MinRdmMemBoundaryMiB, MaxMemoryMiB)
            .WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage($"rdmMemBoundaryMiB must be at least {X86Request.MinRdmMemBoundaryMiB}: below it low RAM could end under 2 MiB and the firmware would crash.");
        RuleFor(b => b.Rdm).SetValidator(new RdmBodyValidator()!);
        RuleFor(b => b.Firmware).OneOf(LayoutNames.Firmwares.Keys);
        RuleFor(b => b.Devices).Must(d => d is null || d.Count <= MaxDevices).WithErrorCode(ErrorCodes.TooMany)
            .WithMessage($"A domain has at most {MaxDevices} devices.");
        RuleForEach(b => b.Devices).Required().ChildRules(device =>
        {
            device.RuleFor(d => d.Sbdf).Required().PciAddressText();
            device.RuleFor(d => d.RdmPolicy).OneOf(LayoutNames.Policies.Keys);
        });
        RuleFor(b => b.MaxMemMiB).InclusiveBetween(1, MaxMemoryMiB).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage($"maxmemMiB must be between 1 and {MaxMemoryMiB}.");
        RuleFor(b => b.Vga).OneOf(LayoutNames.Vgas.Keys);
        RuleFor(b => b.Passthrough).OneOf(Passthroughs);
        RuleFor(b => b.Nics).Must(n => n is null || n.Count <= EmulatedDevices.MaxNics).WithErrorCode(ErrorCodes.TooMany)
            .WithMessage($"A domain has at most {EmulatedDevices.MaxNics} emulated NICs.");
        RuleForEach(b => b.Nics).Required().ChildRules(nic => nic.RuleFor(n => n!.Model).Required().OneOf(LayoutNames.Nics.Keys));
        RuleFor(b => b.Arm).SetValidator(new ArmRequestValidator()!);
        When(b => b.Arm is not null, () =>
        {
            X86Only(b => b.VideoRamMiB);
            X86Only(b => b.Hap);
            X86Only(b => b.MmioHoleMiB);
            X86Only(b => b.Rdm);
            X86Only(b => b.RdmMemBoundaryMiB);
            X86Only(b => b.Firmware);
            X86Only(b => b.MaxMemMiB);
            X86Only(b => b.Vga);
            X86Only(b => b.XenPlatformPci);
            X86Only(b => b.Nics);
            X86Only(b => b.Passthrough);
            RuleForEach(b => b.Devices).ChildRules(device => device.RuleFor(d => d!.RdmPolicy).Null().WithErrorCode(ErrorCodes.X86Only)
                .WithMessage("rdmPolicy applies to x86_64 domains; a domain with arm settings takes none."));
        });
    }

    private void X86Only<T>(System.Linq.Expressions.Expression<Func<PlanRequestBody, T?>> setting) =>
        RuleFor(setting).Null().WithErrorCode(ErrorCodes.X86Only)
            .WithMessage("{PropertyName} applies to x86_64 domains; a domain with arm settings takes none.");
}
