using FluentValidation;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Api.Plans;

/// <summary>
/// The arm section of a request: vCPUs, the allocation (direct-mapped domains only) and the
/// operator's static banks (allocation static only: at most 256, disjoint; their sum is checked
/// against memoryMiB by <see cref="PlanRequestValidator"/>).
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
        RuleFor(a => a.StaticMemory).Custom(NoOverlaps);
    }

    /// <summary>The banks as ranges, or null while any is unreadable (reported by the range rules).</summary>
    public static List<AddressRange>? Banks(ArmRequestBody arm)
    {
        var banks = arm.StaticMemory ?? [];
        return banks.All(b => b is { Start.Value: { } start, End.Value: { } end } && start < end)
            ? banks.Select(b => new AddressRange(new(b!.Start!.Value.Value!.Value), new(b.End!.Value.Value!.Value))).ToList()
            : null;
    }

    private static void NoOverlaps(List<AddressRangeBody?>? staticMemory, ValidationContext<ArmRequestBody> context)
    {
        if (Banks(context.InstanceToValidate) is not { } banks)
        {
            return;
        }

        foreach (var (first, second) in AddressRange.FindOverlaps(banks))
        {
            context.AddFailure(new FluentValidation.Results.ValidationFailure($"arm.staticMemory[{second}]",
                $"Bank {banks[second]} overlaps staticMemory[{first}] {banks[first]}: banks are disjoint.") { ErrorCode = ErrorCodes.Overlap });
        }
    }
}
