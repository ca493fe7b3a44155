using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>Everything an instance answered is in the database: a new instance on it reads the very same documents.</summary>
public sealed class RestartTests : ApiTest
{
    [Fact]
    public async Task Get_NewInstanceOnSameDatabase_IdenticalDomainsListsAndHistory()
    {
        // Written through an instance of its own, which is gone before the second starts.
        var before = new Dictionary<string, string>();
        await using (var first = new PlacementApiFactory(Api.Database))
        {
            using var client = first.CreateClient();
            foreach (var path in await WriteHistoryAsync(client, first.Clock))
            {
                before[path] = await ReadAsync(client, path);
            }
        }

        // Not two empty answers: the history wrote what it meant to.
        JsonNode.Parse(before["/v1/domains?state=live"])!["items"]!.AsArray()
            .Select(d => string.Join(",", d!["devices"]!.AsArray().Select(x => x!.GetValue<string>())))
            .ShouldBe([RaceHost.Device(0), RaceHost.Device(3)]);

        await using var second = new PlacementApiFactory(Api.Database);
        using var again = second.CreateClient();
        foreach (var (path, body) in before)
        {
            (await ReadAsync(again, path)).ShouldBe(body, path);
        }
    }

    /// <summary>
    /// Domains created, hotplugged, refused, unplugged and destroyed, a minute apart; returns the
    /// paths that show the result.
    /// </summary>
    private static async Task<List<string>> WriteHistoryAsync(HttpClient client, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        await client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 4));
        using (var create = await client.PostDomainAsync(RaceHost.Name, RaceHost.Domain("vm-a", RaceHost.Device(0), RaceHost.Device(1))))
        {
            // What create answered is what is read back.
            var created = await create.Content.ReadAsStringAsync();
            create.StatusCode.ShouldBe(HttpStatusCode.Created, created);
            (await ReadAsync(client, create.Headers.Location!.OriginalString)).ShouldBe(created);
        }

        var ids = new List<string> { (await client.GetJsonAsync($"/v1/domains?host={RaceHost.Name}"))["items"]![0]!["id"]!.GetValue<string>() };
        foreach (var request in new[] { RaceHost.Domain("vm-b", RaceHost.Device(2)), RaceHost.Domain("vm-c") })
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add((await client.CreateDomainAsync(RaceHost.Name, request))["id"]!.GetValue<string>());
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        (await Answer.ReadAsync(client.HotplugDeviceAsync(ids[2], RaceHost.Device(3)))).ShouldBeCreated();
        clock.Advance(TimeSpan.FromMinutes(1));
        (await Answer.ReadAsync(client.HotplugDeviceAsync(ids[2], RaceHost.Device(0)))).ShouldBeBusyRefusal("device-refused", RaceHost.Device(0), Guid.Parse(ids[0]));
        (await Answer.ReadAsync(client.PostDomainAsync(RaceHost.Name, RaceHost.Domain("vm-d", RaceHost.Device(2)))))
            .ShouldBeBusyRefusal("domain-refused", RaceHost.Device(2), Guid.Parse(ids[1]));
        clock.Advance(TimeSpan.FromMinutes(1));
        using (var unplug = await client.DeleteAsync($"{DomainRequests.DomainPath(ids[0])}/devices/{RaceHost.Device(1)}"))
        {
            unplug.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await client.ShouldDestroyDomainAsync(ids[1]);

        return
        [
            .. ids.Select(DomainRequests.DomainPath),
            .. ids.Select(id => $"{DomainRequests.DomainPath(id)}/assignments"),
            $"{DomainRequests.DomainPath(ids[2])}/devices/{RaceHost.Device(3)}",
            "/v1/domains",
            "/v1/domains?state=live",
            $"/v1/domains?host={RaceHost.Name}&state=destroyed",
            $"/v1/hosts/{RaceHost.Name}/refusals",
            HostRequests.HostPath(RaceHost.Name),
        ];
    }

    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}: {body}");
        return body;
    }
}
