using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The banks of a 1:1 direct-mapped domain, sorted by address, each one guest bank at the same
/// host-physical address (half-open ranges); empty when <see cref="Failure"/> says why there are none.
/// </summary>
public sealed record BankAllocation(IReadOnlyList<AddressRange> Banks, Finding? Failure)
{
    public bool Succeeded => Failure is null;

    internal static BankAllocation Of(IReadOnlyList<AddressRange> banks) => new(banks, null);

    internal static BankAllocation Failed(Finding failure) => new([], failure);
}
