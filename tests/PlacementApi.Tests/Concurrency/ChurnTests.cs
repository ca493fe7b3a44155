using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>
/// Creates, destroys and inventory replaces (one of which would drop a device) all at once on one
/// host: whatever order they land in, the live assignments stay the ones the answers announced.
/// </summary>
public sealed class ChurnTests : ApiTest
{
    private const int Devices = 3;
    private const int Creates = 24;
    private const int Replaces = 8;

    [Fact]
    public async Task Create_AlongsideDestroysAndHostReplaces_LiveAssignmentsMatchAnswersAndInventory()
    {
        await Client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(Devices));

        var creating = Enumerable.Range(0, Creates).Select(CreateThenMaybeDestroyAsync).ToList();
        var replacing = Enumerable.Range(0, Replaces).Select(i => ReplaceAsync(i % 2 == 0 ? Devices - 1 : Devices)).ToList();
        await Task.WhenAll(replacing);
        var kept = (await Task.WhenAll(creating)).OfType<(Guid Id, string Device, bool Destroyed)>().ToList();

        var rows = await LiveAssignments.OfHostAsync(Api.Database, RaceHost.Name);
        rows.ShouldAllBe(r => r.State == "live");
        rows.Select(r => (r.Domain, r.Sbdf)).ShouldBe(kept.Where(k => !k.Destroyed).Select(k => (k.Id, k.Device)), ignoreOrder: true);
        var inventory = (await Client.GetJsonAsync(HostRequests.HostPath(RaceHost.Name)))["devices"]!.AsArray().Select(d => d!["sbdf"]!.GetValue<string>());
        rows.Select(r => r.Sbdf).ShouldBeSubsetOf(inventory);
        foreach (var (id, device, destroyed) in kept)
        {
            var domain = await Client.GetJsonAsync(DomainRequests.DomainPath(id.ToString()));
            domain["state"]!.GetValue<string>().ShouldBe(destroyed ? "destroyed" : "live");
            domain["devices"]!.AsArray().Select(d => d!["sbdf"]!.GetValue<string>()).ShouldBe(destroyed ? [] : [device]);
        }

        // No device is left blocked without a live owner: every free one can be taken now.
        await ReplaceAsync(Devices);
        foreach (var free in Enumerable.Range(0, Devices).Select(RaceHost.Device).Except(rows.Select(r => r.Sbdf)))
        {
            await Client.CreateDomainAsync(RaceHost.Name, RaceHost.Domain($"after-{free.Replace(':', '-')}", free));
        }
    }

    /// <summary>Creates vm-i wanting one device; destroys it again when i is even. Null when the create was refused.</summary>
    private async Task<(Guid Id, string Device, bool Destroyed)?> CreateThenMaybeDestroyAsync(int i)
    {
        var device = RaceHost.Device(i % Devices);
        var answer = await Answer.ReadAsync(Client.PostDomainAsync(RaceHost.Name, RaceHost.Domain($"vm-{i}", device)));
        if (answer.Status != HttpStatusCode.Created)
        {
            answer.Status.ShouldBe(HttpStatusCode.Conflict, answer.Text);
            answer.Body["code"]!.GetValue<string>().ShouldBe("domain-refused");
            answer.Body["findings"]!.AsArray().Where(f => f!["severity"]!.GetValue<string>() == "error")
                .Select(f => f!["code"]!.GetValue<string>()).ShouldBeSubsetOf(["device-busy", "device-unknown"]);
            return null;
        }

        var id = answer.ShouldBeCreated()["id"]!.GetValue<Guid>();
        if (i % 2 == 0)
        {
            await Client.ShouldDestroyDomainAsync(id.ToString());
        }

        return (id, device, i % 2 == 0);
    }

    /// <summary>Replaces the inventory with its first <paramref name="devices"/> devices: 200, or 409 while a live domain holds one dropped.</summary>
    private async Task ReplaceAsync(int devices)
    {
        using var response = await Client.PutHostAsync(RaceHost.Name, RaceHost.Inventory(devices));
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "host-in-use");
            problem["conflicts"]!.AsArray().ShouldAllBe(c => c!["code"]!.GetValue<string>() == "device-in-use");
            return;
        }

        await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }
}
