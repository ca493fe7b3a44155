namespace Placement.Domain.Imports.Host;

/// <summary>
/// What <c>xl info</c> says of a Xen host: <see cref="TotalMemoryMiB"/> (the machine's RAM, not
/// dom0's), <see cref="Machine"/> (<c>x86_64</c>, <c>aarch64</c>; null when not printed) and
/// whether Xen drives an IOMMU (<see cref="DirectIo"/>: <c>virt_caps</c> has <c>hvm_directio</c>,
/// which Xen sets only when device passthrough through the IOMMU is enabled).
/// </summary>
public sealed record XlInfo(ulong TotalMemoryMiB, string? Machine, bool DirectIo);
