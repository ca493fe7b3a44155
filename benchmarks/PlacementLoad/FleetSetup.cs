using System.Net.Http.Json;

namespace Placement.Load;

/// <summary>Stores the fleet through the API (parallel PUTs) and its other tenants (parallel creates).</summary>
internal static class FleetSetup
{
    public static Task RegisterAsync(HttpClient client, int hosts, int parallelism) =>
        Parallel.ForAsync(0, hosts, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (h, cancellationToken) =>
        {
            using var response = await client.PutAsJsonAsync($"/v1/hosts/{FleetHosts.Host(h)}", FleetHosts.Inventory(h), cancellationToken);
            response.EnsureSuccessStatusCode();
        });

    /// <summary>
    /// Live domains elsewhere in the fleet, for the check to meet: every 50th host has one holding
    /// the first moving device (device-busy) and every 50th another holding a device that shares an
    /// RMRR with the second (rmrr-shared-with-other-domain); every 250th has one named like the mover.
    /// </summary>
    public static async Task<int> PlaceTenantsAsync(HttpClient client, int hosts, string moverName, int parallelism)
    {
        var tenants = new List<(int Host, string Name, string Device)>();
        for (var h = 1; h < hosts; h++)
        {
            if (h % 50 == 25)
            {
                tenants.Add((h, $"tenant-{h}", FleetHosts.Moving[0]));
            }
            else if (h % 50 == 27)
            {
                tenants.Add((h, $"tenant-{h}", FleetHosts.Device(33)));
            }

            if (h % 250 == 100)
            {
                tenants.Add((h, moverName, FleetHosts.Device(40)));
            }
        }

        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (tenant, cancellationToken) =>
        {
            using var response = await client.PostAsJsonAsync($"/v1/hosts/{FleetHosts.Host(tenant.Host)}/domains",
                Domain(tenant.Name, 1024, tenant.Device), cancellationToken);
            response.EnsureSuccessStatusCode();
        });
        return tenants.Count;
    }

    public static object Domain(string name, int memoryMiB, params string[] devices) => new
    {
        name,
        memoryMiB,
        rdm = new { strategy = "ignore", policy = "relaxed" },
        devices = devices.Select(d => new { sbdf = d }),
    };
}
