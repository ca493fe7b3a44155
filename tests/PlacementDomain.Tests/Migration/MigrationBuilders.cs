using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Tests.Assignment;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>
/// The scenario in domain terms: a 4096 MiB domain created on host a with strategy host,
/// policy strict, holding <see cref="Gpu3"/> whose RMRR [0xa0000000, 0xa3800000) ends low RAM at
/// 0xa0000000 (high RAM up to 0x15f800000); its 16 MiB BAR sits at [0xf0000000, 0xf1000000).
/// </summary>
internal static class MigrationBuilders
{
    public const string Gpu3 = "0000:03:00.0";
    public const string Sharer = "0000:03:00.1";
    public const ulong MemoryMiB = 4096;

    public static readonly HostName Source = HostName.Parse("a");

    public static HostInventory WithRmrr(ulong start, ulong end) => Host([Device(Gpu3, Mem32(0, 16 * MiB))], Region(start, end, Gpu3));

    /// <summary>Host a, and any target with the same RMRR (host c of the issue).</summary>
    public static readonly HostInventory HostA = WithRmrr(0xA0000000, 0xA3800000);

    public static readonly X86Request HostStrict = Request(MemoryMiB, Assign(Gpu3)) with { Strategy = RdmStrategy.Host, GlobalPolicy = RdmPolicy.Strict };

    public static MovingDomain Moving(HostInventory source, X86Request request, string name = "vm-1") =>
        new(AssignmentBuilders.Create(source, request), name, ByteSize.FromMiB(request.MemoryMiB), CpuArchitecture.X64, Source);

    /// <summary>The domain on host a.</summary>
    public static MovingDomain VmOnA() => Moving(HostA, HostStrict);

    public static MigrationTarget Target(string host, HostInventory inventory, params DeviceRequest[] devices) =>
        new(HostName.Parse(host), inventory, HostUsage.None, devices.Length > 0 ? devices : [Assign(Gpu3)]);

    public static TargetVerdict CheckVm(HostInventory target, params DeviceRequest[] devices) => MigrationCheck.Check(VmOnA(), Target("b", target, devices));

    public static IReadOnlyList<(Severity, string)> Codes(this TargetVerdict verdict) => verdict.Findings.Select(f => (f.Severity, f.Code)).ToList();
}
