using Placement.Domain.Inventory;

namespace Placement.Domain.Domains;

/// <summary>What the live domains of a host hold, and which of them has the name a write asks for, if any.</summary>
public sealed record HostOccupancy(HostUsage Usage, Guid? NameHolder);
