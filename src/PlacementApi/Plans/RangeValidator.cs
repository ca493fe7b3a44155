using FluentValidation;
using Placement.Api.Hosts;
using Placement.Api.Http;

namespace Placement.Api.Plans;

/// <summary>
/// The shape of a request's range (explicit rdm regions, static memory): both ends present and
/// readable, and not inverted, since an inverted range is no range at all. What a range means
/// (alignment, empty, beyond the address space, overlaps) is <see cref="Domain.Layout.RequestRules"/>'s.
/// </summary>
public sealed class RangeValidator : AbstractValidator<AddressRangeBody>
{
    public RangeValidator()
    {
        RuleFor(r => r.Start).Required().Hex();
        RuleFor(r => r.End).Required().Hex();
        this.NotInverted(r => r.Start, r => r.End);
    }
}
