using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Placement.Load;

/// <summary>
/// Stores a fleet of <see cref="PlacementFleet"/> hosts: the templates through parallel PUTs, the
/// rest as copies (<see cref="FleetCopy"/>), checked against their template through the API,
/// then the live domains through the API.
/// </summary>
internal static class PlacementSeed
{
    public static async Task RegisterAsync(HttpClient client, string connectionString, int hosts, int parallelism)
    {
        var templates = Math.Min(hosts, PlacementFleet.Templates);
        await Parallel.ForAsync(0, templates, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (t, cancellationToken) =>
        {
            using var response = await client.PutAsJsonAsync($"/v1/hosts/{PlacementFleet.Host(t)}", PlacementFleet.Inventory(t), cancellationToken);
            response.EnsureSuccessStatusCode();
        });
        await FleetCopy.CopyAsync(connectionString, templates, hosts, PlacementFleet.Host);
        for (var h = templates; h < hosts; h += Math.Max(1, hosts / 7))
        {
            await ExpectCopyAsync(client, h % templates, h);
        }
    }

    /// <summary>
    /// Live domains, all through the API: on every 32nd host one of 2 GiB holds the 12 GPUs without
    /// reserved regions (only GPUs whose regions may collide with the guest's RAM are left), on every
    /// 64th one of 16 GiB holds two GPUs and two NICs, on every 500th one of 1 GiB holds every GPU.
    /// </summary>
    public static async Task<int> PlaceTenantsAsync(HttpClient client, int hosts, int parallelism)
    {
        var cleanGpus = Enumerable.Range(PlacementFleet.GpusWithRegions, PlacementFleet.Gpus - PlacementFleet.GpusWithRegions).Select(PlacementFleet.Gpu).ToArray();
        var tenants = new List<(int Host, object Domain)>();
        for (var h = 0; h < hosts; h++)
        {
            if (h % 32 == 1)
            {
                tenants.Add((h, FleetSetup.Domain($"clean-gpus-{h}", 2048, cleanGpus)));
            }

            if (h % 64 == 9)
            {
                tenants.Add((h, FleetSetup.Domain($"two-gpus-{h}", 16384, PlacementFleet.Gpu(4), PlacementFleet.Gpu(5), PlacementFleet.Nic(2), PlacementFleet.Nic(3))));
            }

            if (h % 500 == 250)
            {
                tenants.Add((h, FleetSetup.Domain($"all-gpus-{h}", 1024, Enumerable.Range(0, PlacementFleet.Gpus).Select(PlacementFleet.Gpu).ToArray())));
            }
        }

        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (tenant, cancellationToken) =>
        {
            using var response = await client.PostAsJsonAsync($"/v1/hosts/{PlacementFleet.Host(tenant.Host)}/domains", tenant.Domain, cancellationToken);
            response.EnsureSuccessStatusCode();
        });
        return tenants.Count;
    }

    /// <summary>A copy reads back through the API as its template does, but for its name and generation.</summary>
    private static async Task ExpectCopyAsync(HttpClient client, int template, int copy)
    {
        var original = await ReadAsync(client, template);
        var copied = await ReadAsync(client, copy);
        if (!JsonNode.DeepEquals(original, copied))
        {
            throw new InvalidOperationException($"{PlacementFleet.Host(copy)} does not read back as its template {PlacementFleet.Host(template)}.");
        }
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, int host)
    {
        var read = await client.GetFromJsonAsync<JsonObject>($"/v1/hosts/{PlacementFleet.Host(host)}")
            ?? throw new InvalidOperationException($"{PlacementFleet.Host(host)} reads back empty.");
        read.Remove("name");
        read.Remove("generation");
        return read;
    }
}
