using FluentValidation;
using Placement.Api.Http;

namespace Placement.Api.Hosts;

/// <summary>
/// The shape of any range of a body (a request's rdm regions and static memory, an inventory's
/// device MMIO, memory banks, firmware regions, pool and redistributors): both ends present and
/// readable, and not inverted, since an inverted range is no range at all. What a range means
/// (alignment, empty, beyond the address space, overlaps) is the domain rules'
/// (<see cref="Domain.Layout.RequestRules"/>, <see cref="Domain.Inventory.InventoryRules"/>).
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
