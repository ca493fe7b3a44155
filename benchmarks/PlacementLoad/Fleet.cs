using System.Globalization;
using System.Net.Http.Json;

namespace Placement.Load;

/// <summary>The hosts of a run: <c>load-000</c> ... each with one device per worker.</summary>
internal sealed class Fleet(HttpClient client, int hosts, int workers)
{
    public HttpClient Client => client;

    public string Host(int index) => string.Create(CultureInfo.InvariantCulture, $"load-{index % hosts:D3}");

    /// <summary>Worker <paramref name="worker"/>'s device: one per worker, so creates never compete.</summary>
    public static string Device(int worker) => string.Create(CultureInfo.InvariantCulture, $"0000:{1 + (worker / 32):x2}:{worker % 32:x2}.0");

    public async Task RegisterAsync()
    {
        for (var h = 0; h < hosts; h++)
        {
            var inventory = new
            {
                architecture = "x86_64",
                memoryMiB = 1 << 20,
                physAddressBits = 46,
                iommu = true,
                devices = Enumerable.Range(0, workers).Select(w => new
                {
                    sbdf = Device(w),
                    bars = new[] { new { index = 0, size = "0x1000000", is64Bit = true } },
                }),
                reservedRegions = Enumerable.Range(0, workers).Select(w => new
                {
                    start = $"0x{0xE0000000L + (w * 0x100000L):x}",
                    end = $"0x{0xE0000000L + (w * 0x100000L) + 0x4000:x}",
                    devices = new[] { Device(w) },
                }),
            };
            using var response = await client.PutAsJsonAsync($"/v1/hosts/{Host(h)}", inventory);
            response.EnsureSuccessStatusCode();
        }
    }
}
