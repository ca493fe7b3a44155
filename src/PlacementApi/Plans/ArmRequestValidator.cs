using FluentValidation;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Arm;
using Placement.Domain.Layout;

namespace Placement.Api.Plans;

/// <summary>
/// The shape of a request's arm section: vCPUs, the allocation (direct-mapped domains only) and the
/// operator's static banks (allocation static only: at most 256, each readable). That banks are
/// aligned, disjoint and add up to memoryMiB is <see cref="RequestRules"/>'s.
/// </summary>
public sealed class ArmRequestValidator : AbstractValidator<ArmRequestBody>
{
    private const string Static = "static";

    public ArmRequestValidator()
    {
        RuleFor(a => a.Vcpus).InclusiveBetween(1, ArmOptions.MaxVcpus).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage($"vcpus must be between 1 and {ArmOptions.MaxVcpus}.");
        RuleFor(a => a.Allocation).OneOf(ArmNames.Allocations.Keys);
        RuleFor(a => a.Allocation).Null().When(a => a.DirectMap != true).WithErrorCode(ErrorCodes.DirectMapOnly)
            .WithMessage("allocation is for direct-mapped domains (directMap: true); an ordinary domain's memory comes from the heap.");
        RuleFor(a => a.StaticMemory).Must(m => m is { Count: > 0 }).When(a => a.Allocation == Static).WithErrorCode(ErrorCodes.Required)
            .WithMessage("staticMemory is required with allocation static: the banks to give the domain.");
        RuleFor(a => a.StaticMemory).Null().When(a => a.Allocation != Static).WithErrorCode(ErrorCodes.NotAllowed)
            .WithMessage("staticMemory is only allowed with allocation static.");
        RuleFor(a => a.StaticMemory).Must(m => m is not { Count: > ArmOptions.MaxBanks }).WithErrorCode(ErrorCodes.TooMany)
            .WithMessage($"A domain has at most {ArmOptions.MaxBanks} static banks (Xen's NR_MEM_BANKS).");
        RuleForEach(a => a.StaticMemory).Required().SetValidator(new RangeValidator()!);
    }
}
