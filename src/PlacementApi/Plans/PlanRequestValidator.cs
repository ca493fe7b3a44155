using System.Globalization;
using FluentValidation;
using Placement.Api.Http;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Api.Plans;

/// <summary>The rules of a plan (and create) request: xl's limits, plus those Xen lacks (§2).</summary>
public sealed class PlanRequestValidator : AbstractValidator<PlanRequestBody>
{
    /// <summary>16 TiB: more than any host offers, small enough that no address arithmetic overflows.</summary>
    public const long MaxMemoryMiB = 16L << 20;

    public const int MaxDevices = 256;

    public PlanRequestValidator()
    {
        RuleFor(b => b.Name).Must(n => n is null || (n.Length is >= 1 and <= 64 && n.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            .WithErrorCode(ErrorCodes.InvalidValue).WithMessage("name is 1 to 64 characters of letters, digits, '.', '-' and '_'.");
        RuleFor(b => b.MemoryMiB).Required()
            .InclusiveBetween(1, MaxMemoryMiB).WithErrorCode(ErrorCodes.OutOfRange).WithMessage($"memoryMiB must be between 1 and {MaxMemoryMiB}.");
        RuleFor(b => b.VideoRamMiB).InclusiveBetween(0, MaxMemoryMiB).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage("videoRamMiB must not be negative.");
        RuleFor(b => b).Must(b => b.Arm is not null || b.MemoryMiB is not { } memory || memory > (b.VideoRamMiB ?? (long)X86Request.DefaultVideoRamMiB))
            .OverridePropertyName("memoryMiB").WithErrorCode("memory-not-above-video-ram")
            .WithMessage(b => $"memoryMiB must exceed videoRamMiB ({b.VideoRamMiB ?? (long)X86Request.DefaultVideoRamMiB}): video RAM is taken from it.");
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
        RuleFor(b => b.Arm).SetValidator(new ArmRequestValidator()!);
        When(b => b.Arm is not null, () =>
        {
            X86Only(b => b.VideoRamMiB);
            X86Only(b => b.Hap);
            X86Only(b => b.MmioHoleMiB);
            X86Only(b => b.Rdm);
            X86Only(b => b.RdmMemBoundaryMiB);
            X86Only(b => b.Firmware);
            RuleForEach(b => b.Devices).ChildRules(device => device.RuleFor(d => d!.RdmPolicy).Null().WithErrorCode(ErrorCodes.X86Only)
                .WithMessage("rdmPolicy applies to x86_64 domains; a domain with arm settings takes none."));
            RuleFor(b => b).Custom(StaticMemoryAddsUp);
        });
        RuleFor(b => b.Devices).Custom((devices, context) =>
        {
            var seen = new Dictionary<PciAddress, int>();
            for (var i = 0; i < (devices?.Count ?? 0); i++)
            {
                if (PciAddress.TryParse(devices![i]?.Sbdf, out var address) && !seen.TryAdd(address, i))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure($"devices[{i}].sbdf", $"Device {address} is requested twice (first at devices[{seen[address]}]).")
                    {
                        ErrorCode = ErrorCodes.Duplicate,
                    });
                }
            }
        });
    }

    private void X86Only<T>(System.Linq.Expressions.Expression<Func<PlanRequestBody, T?>> setting) =>
        RuleFor(setting).Null().WithErrorCode(ErrorCodes.X86Only)
            .WithMessage("{PropertyName} applies to x86_64 domains; a domain with arm settings takes none.");

    private static void StaticMemoryAddsUp(PlanRequestBody body, ValidationContext<PlanRequestBody> context)
    {
        if (body is { MemoryMiB: { } memory, Arm: { StaticMemory: not null } arm } && ArmRequestValidator.Banks(arm) is { Count: > 0 } banks)
        {
            var total = AddressRange.TotalBytes(banks);
            if (total != (ulong)memory * ByteSize.MiB)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure("arm.staticMemory",
                    string.Create(CultureInfo.InvariantCulture,
                        $"The static banks add up to {total} bytes ({(double)total / ByteSize.MiB:0.###} MiB); memoryMiB is {memory}: they must be equal."))
                {
                    ErrorCode = ErrorCodes.StaticMemoryMismatch,
                });
            }
        }
    }
}
