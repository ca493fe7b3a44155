using System.Linq.Expressions;
using FluentValidation;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Domain.Layout;

namespace Placement.Api.Plans;

/// <summary>
/// A request's rdm: strategy and policy names, and the inputs of strategies explicit (regions) and
/// pool (hosts or label), each refused with any other strategy.
/// </summary>
public sealed class RdmBodyValidator : AbstractValidator<RdmBody>
{
    public const int MaxRegions = 256;
    public const int MaxPoolHosts = 64;
    private const string Explicit = "explicit";
    private const string Pool = "pool";

    public RdmBodyValidator()
    {
        RuleFor(r => r.Strategy).OneOf(LayoutNames.Strategies.Keys);
        RuleFor(r => r.Policy).OneOf(LayoutNames.Policies.Keys);
        When(r => r.Strategy == Explicit, () =>
        {
            RuleFor(r => r.Regions).Must(r => r is { Count: > 0 }).WithErrorCode(ErrorCodes.Required)
                .WithMessage("regions is required with strategy explicit: at least one range to reserve.");
            RuleFor(r => r.Regions).Must(r => r is not { Count: > MaxRegions }).WithErrorCode(ErrorCodes.TooMany)
                .WithMessage($"Strategy explicit takes at most {MaxRegions} regions.");
            RuleForEach(r => r.Regions).Required().SetValidator(new RangeValidator()!);
        });
        When(r => r.Strategy == Pool, () =>
        {
            RuleFor(r => r.Hosts).Must((r, hosts) => hosts is not null || r.Label is not null).WithErrorCode(ErrorCodes.Required)
                .WithMessage("Strategy pool needs hosts or label.");
            RuleFor(r => r.Label).Must((r, label) => label is null || r.Hosts is null).WithErrorCode(ErrorCodes.NotAllowed)
                .WithMessage("Strategy pool takes hosts or label, not both.");
            RuleFor(r => r.Hosts).Must(h => h is not { Count: 0 }).WithErrorCode(ErrorCodes.Required)
                .WithMessage("hosts names at least one host.");
            RuleFor(r => r.Hosts).Must(h => h is not { Count: > MaxPoolHosts }).WithErrorCode(ErrorCodes.TooMany)
                .WithMessage($"A pool names at most {MaxPoolHosts} hosts.");
            RuleForEach(r => r.Hosts).Required().HostNameText();
            RuleFor(r => r.Label).LabelSelector();
        });
        NotAllowedUnless(r => r.Regions, Explicit);
        NotAllowedUnless(r => r.Hosts, Pool);
        NotAllowedUnless(r => r.Label, Pool);
    }

    /// <summary>A strategy's input given with another strategy (a known one: an unknown one is reported as such).</summary>
    private void NotAllowedUnless<T>(Expression<Func<RdmBody, T?>> input, string strategy) =>
        RuleFor(input).Null()
            .When(r => r.Strategy != strategy && (r.Strategy is null || LayoutNames.Strategies.ContainsKey(r.Strategy)))
            .WithErrorCode(ErrorCodes.NotAllowed)
            .WithMessage(r => $"{{PropertyName}} is only allowed with strategy {strategy}, not {r.Strategy ?? "ignore (the default)"}.");
}
