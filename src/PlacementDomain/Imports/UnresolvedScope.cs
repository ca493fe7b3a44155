using Placement.Domain.Memory;

namespace Placement.Domain.Imports;

/// <summary>
/// A device scope of a reserved region that cannot become a PCI address from the file alone
/// (a path through bridges, a bridge scope): <see cref="Path"/> echoes it as the table gives it
/// (<c>0000:00:1c.7/00.2</c>), <see cref="Why"/> says what is missing. <see cref="Range"/> is half-open.
/// </summary>
public sealed record UnresolvedScope(AddressRange Range, string Path, string Why);
