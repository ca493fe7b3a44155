using System.Globalization;

namespace Placement.Load;

/// <summary>
/// The hosts of a fleet placement run: <c>place-00000</c> ... each an x86_64 host with 64 devices
/// (16 NVIDIA A100 GPUs, 32 Intel NICs, 16 Samsung NVMe drives) spread over 4 NUMA nodes, 8
/// reserved regions and a rack label. The first <see cref="Templates"/> hosts are registered
/// through the API; every later host <c>h</c> is a copy of host <c>h % Templates</c> under its
/// own name (<see cref="FleetCopy"/>).
/// </summary>
internal static class PlacementFleet
{
    public const int Templates = 250;

    public const int Gpus = 16;

    /// <summary>The GPUs with a reserved region: 0 and 1 in a 4 GiB guest's RAM, 2 in the MMIO hole, 3 above 4G.</summary>
    public const int GpusWithRegions = 4;

    public static string Host(int index) => string.Create(CultureInfo.InvariantCulture, $"place-{index:D5}");

    /// <summary>GPU <paramref name="i"/>: buses 0x10 to 0x1f, four per NUMA node.</summary>
    public static string Gpu(int i) => string.Create(CultureInfo.InvariantCulture, $"0000:{0x10 + i:x2}:00.0");

    public static string Nic(int i) => string.Create(CultureInfo.InvariantCulture, $"0000:{0x30 + (i / 2):x2}:00.{i % 2}");

    public static string Nvme(int i) => string.Create(CultureInfo.InvariantCulture, $"0000:{0x50 + i:x2}:00.0");

    /// <summary>
    /// Template <paramref name="t"/>: 128 to 352 GiB by steps of 32 GiB (t % 8), rack r00 to r24.
    /// The regions move a little with the template (t % 16) so that hosts differ.
    /// </summary>
    public static object Inventory(int t)
    {
        var v = (long)(t % 16);
        return new
        {
            architecture = "x86_64",
            memoryMiB = 131072 + (t % 8 * 32768),
            physAddressBits = 46,
            iommu = true,
            labels = new Dictionary<string, string> { ["rack"] = string.Create(CultureInfo.InvariantCulture, $"r{t % 25:D2}") },
            devices = Enumerable.Range(0, Gpus).Select(i => Device(Gpu(i), "0x10de", "0x20b0", "0x030200", i / 4, "a100",
                    Bar(0, 0x1000000, false, false), Bar(1, 0x800000000, true, true), Bar(3, 0x2000000, true, true)))
                .Concat(Enumerable.Range(0, 32).Select(i => Device(Nic(i), "0x8086", "0x1572", "0x020000", i / 8, "x710",
                    Bar(0, 0x800000, true, true), Bar(3, 0x8000, true, true))))
                .Concat(Enumerable.Range(0, 16).Select(i => Device(Nvme(i), "0x144d", "0xa80a", "0x010802", i / 4, "pm9a3",
                    Bar(0, 0x4000, true, false)))),
            reservedRegions = new[]
            {
                Region(0xE8000, 0x4000, Nic(31)), // legacy USB emulation, below 1 MiB
                Region(0x7B800000 + (v * 0x100000), 0x800000, Gpu(0)), // guest RAM of a 4 GiB guest
                Region(0x3F000000 + (v * 0x10000), 0x10000, Gpu(1)), // guest RAM
                Region(0xF4000000 + (v * 0x1000), 0x4000, Gpu(2)), // MMIO hole
                Region(0xF8000000 + (v * 0x10000), 0x8000, Nvme(0)), // MMIO hole
                Region(0xFD000000 + (v * 0x1000), 0x4000, Nic(0), Nic(1)), // shared, hvmloader's area
                Region(0xFEB00000 + (v * 0x1000), 0x1000, Nvme(1)), // below the LAPIC
                Region(0x180000000 + (v * 0x1000000), 0x100000, Gpu(3)), // above 4G, above a 4 GiB guest's RAM
            },
        };
    }

    private static object Device(string sbdf, string vendor, string device, string classCode, int numa, string model, params object[] bars) => new
    {
        sbdf,
        vendorId = vendor,
        deviceId = device,
        classCode,
        numaNode = numa,
        labels = new Dictionary<string, string> { ["model"] = model },
        bars,
    };

    private static object Bar(int index, long size, bool is64Bit, bool prefetchable) => new
    {
        index,
        size = string.Create(CultureInfo.InvariantCulture, $"0x{size:x}"),
        is64Bit,
        prefetchable,
    };

    private static object Region(long start, long size, params string[] devices) => new
    {
        start = string.Create(CultureInfo.InvariantCulture, $"0x{start:x}"),
        end = string.Create(CultureInfo.InvariantCulture, $"0x{start + size:x}"),
        devices,
    };
}
