using Placement.Domain.Inventory;

namespace Placement.Domain.Imports.Host;

/// <summary>
/// What <c>/proc/cpuinfo</c> says of a host: its <see cref="Architecture"/> and, on x86_64, the
/// width of its physical address space in bits (<c>address sizes</c>; null when not printed).
/// </summary>
public sealed record CpuFacts(CpuArchitecture Architecture, int? PhysAddressBits);
