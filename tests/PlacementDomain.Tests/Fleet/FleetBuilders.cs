using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.UseCases;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>
/// Hosts of a GPU fleet as their inventories describe them: A100s (10de:20b0, 3D controller
/// 0x030200), an Intel IGD (8086:3e92, VGA 0x030000) whose stolen memory RMRR
/// [0x7b800000, 0x7f800000) lies in a 4 GiB guest's RAM below the 2 GiB boundary, a USB xHCI
/// (8086:a36d, 0x0c0330) with its RMRR [0xab80a000, 0xab81e000), a ConnectX-6 NIC (15b3:101b, 0x020000).
/// </summary>
internal static class FleetBuilders
{
    public const ulong MemoryMiB = 4096;
    public const ushort Nvidia = 0x10de;
    public const ushort A100 = 0x20b0;

    /// <summary>The first A100 of a host.</summary>
    public const string Gpu1 = "0000:17:00.0";

    public static PciDevice Gpu(string sbdf, int? numa = 0, string model = "a100") =>
        Identified(Device(sbdf, Mem32(0, 16 * MiB), Mem64(1, 256 * MiB)), Nvidia, A100, 0x030200, numa, ("model", model));

    public static PciDevice Igd(string sbdf = "0000:00:02.0") => Identified(Device(sbdf, Mem32(0, 16 * MiB)), 0x8086, 0x3e92, 0x030000, 0);

    public static PciDevice Xhci(string sbdf = "0000:00:14.0") => Identified(Device(sbdf), 0x8086, 0xa36d, 0x0c0330, 0);

    public static PciDevice Nic(string sbdf, int? numa = 1) => Identified(Device(sbdf, Mem64(0, 32 * MiB)), 0x15b3, 0x101b, 0x020000, numa);

    public static ReservedRegion StolenMemory(string sbdf) => Region(0x7b800000, 0x7f800000, sbdf);

    public static ReservedRegion UsbRegion(params string[] sbdfs) => Region(0xab80a000, 0xab81e000, sbdfs);

    /// <summary>A region above the boundary: low RAM ends below it, nothing collides.</summary>
    public static ReservedRegion HarmlessRegion(string sbdf) => Region(0xad000000, 0xaf800000, sbdf);

    public static PciDevice Identified(PciDevice device, ushort vendor, ushort id, uint classCode, int? numa, params (string Key, string Value)[] labels) =>
        device with { Identity = new DeviceIdentity(vendor, id, classCode, numa, labels.ToDictionary(l => l.Key, l => l.Value)) };

    public static HostInventory GpuHost(IReadOnlyList<PciDevice> devices, params ReservedRegion[] regions) =>
        Host(devices, regions) with { Memory = ByteSize.FromMiB(65536), Labels = new Dictionary<string, string> { ["rack"] = "r12" } };

    /// <summary>A host with one A100 and no RMRR.</summary>
    public static HostInventory OneGpu() => GpuHost([Gpu(Gpu1)]);

    public static CandidateHost On(string name, HostInventory inventory, HostUsage? usage = null) =>
        new(HostName.Parse(name), inventory, usage ?? HostUsage.None);

    public static DeviceWanted Gpus(int count = 1, RdmPolicy? policy = null) =>
        new("gpu", count, Nvidia, A100, null, new Dictionary<string, string>(), policy);

    public static DeviceWanted Nics(int count = 1) => new("nic", count, 0x15b3, null, null, new Dictionary<string, string>());

    public static PlacementRequest WithSameNumaNode(this PlacementRequest request) => request with { SameNumaNode = true };

    public static PlacementRequest Place(params DeviceWanted[] devices) => new(
        new X86Request(MemoryMiB, []), HostFilter.Any, devices, SameNumaNode: false, PlacementStrategy.Spread, Limit: 10, Name: null);

    public static HostFit Fit(this PlacementRequest request, CandidateHost host) => HostFit.Of(request, host);

    public static PlacementCandidate Candidate(this HostFit fit) => fit.ShouldBeOfType<HostFit.Fits>().Candidate;

    public static IReadOnlyList<string> Addresses(this HostFit fit) => fit.Candidate().Devices.Select(d => d.Address.ToString()).ToList();

    public static IReadOnlyList<string> Codes(this HostFit fit) => fit.ShouldBeOfType<HostFit.Rejected>().Codes;

    public static async Task<PlacementOutcome.Placed> DecideAsync(this PlacementRequest request, params CandidateHost[] hosts)
    {
        var (place, refusal) = PlaceDomain.Start(request);
        refusal.ShouldBeNull();
        return (await place!.DecideAsync(hosts.ToAsyncEnumerable(), inStreamOrder: false, CancellationToken.None)).ShouldBeOfType<PlacementOutcome.Placed>();
    }
}
