using System.Globalization;

namespace Placement.Load;

/// <summary>
/// The hosts of a fleet check: <c>fleet-00000</c> ... each an x86_64 host with 64 devices (one
/// 16 MiB BAR each) on buses 1 and 2 and 8 reserved regions, varied by the host's index so the
/// fleet gives every kind of verdict. The moving domain holds <see cref="Moving"/> on the source.
/// </summary>
internal static class FleetHosts
{
    public const string Source = "fleet-00000";

    public static readonly string[] Moving = [Device(0), Device(1)];

    public static string Host(int index) => string.Create(CultureInfo.InvariantCulture, $"fleet-{index:D5}");

    public static string Device(int index) => string.Create(CultureInfo.InvariantCulture, $"0000:{1 + (index / 32):x2}:{index % 32:x2}.0");

    /// <summary>
    /// Host <paramref name="h"/>: the moving domain's devices have no region (h % 4 == 0), a region
    /// in the MMIO hole (1), an RMRR in the guest's low RAM (2), or a shared one in RAM (3). Every
    /// 97th host is too small for a 4 GiB guest; on every 101st, the second device has no IOMMU.
    /// </summary>
    public static object Inventory(int h)
    {
        var role = h % 4;
        var v = (long)(h % 16);
        return new
        {
            architecture = "x86_64",
            memoryMiB = h % 97 == 13 ? 2048 : 131072 + (h % 8 * 32768),
            physAddressBits = 46,
            iommu = true,
            labels = new Dictionary<string, string> { ["region"] = string.Create(CultureInfo.InvariantCulture, $"r{h % 8}") },
            devices = Enumerable.Range(0, 64).Select(i => new
            {
                sbdf = Device(i),
                iommuProtected = i != 1 || h % 101 != 7,
                bars = new[] { new { index = 0, size = "0x1000000", is64Bit = true, prefetchable = true } },
            }),
            reservedRegions = new[]
            {
                Region(0xE8000, 0x4000, Device(63)), // legacy USB, below 1 MiB
                Region(0x7B800000 + (v * 0x100000), 0x800000, Device(role == 2 ? 1 : 62)), // graphics stolen memory: guest RAM
                Region(0x3F000000 + (v * 0x10000), 0x10000, Device(role == 3 ? 1 : 32), Device(33)), // shared, guest RAM
                Region(0xF4000000 + (v * 0x1000), 0x4000, Device(role == 1 ? 0 : 34)), // MMIO hole
                Region(0xF8000000 + (v * 0x10000), 0x8000, Device(35)), // MMIO hole
                Region(0xFD000000 + (v * 0x1000), 0x4000, Device(36), Device(37)), // shared, hvmloader's area
                Region(0xFEB00000 + (v * 0x1000), 0x1000, Device(38)), // below the LAPIC
                Region(0x180000000 + (v * 0x1000000), 0x100000, Device(39)), // above 4G, above the guest's RAM
            },
        };
    }

    private static object Region(long start, long size, params string[] devices) => new
    {
        start = string.Create(CultureInfo.InvariantCulture, $"0x{start:x}"),
        end = string.Create(CultureInfo.InvariantCulture, $"0x{start + size:x}"),
        devices,
    };
}
