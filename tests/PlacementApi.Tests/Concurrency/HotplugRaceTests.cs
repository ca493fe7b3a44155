using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>Many live domains hotplug one device at once: one gets it, every other is refused and the refusal recorded.</summary>
public sealed class HotplugRaceTests : ApiTest
{
    private const int Domains = 32;
    private static readonly string Gpu = RaceHost.Device(0);

    [Fact]
    public async Task Hotplug_ThirtyTwoParallelOfOneDeviceIntoDifferentDomains_OneAttachedRestRefusedBusy()
    {
        await Client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 2));
        var ids = await Task.WhenAll(Enumerable.Range(0, Domains).Select(async i =>
            (await Client.CreateDomainAsync(RaceHost.Name, RaceHost.Domain($"vm-{i}")))["id"]!.GetValue<string>()));

        var answers = await Task.WhenAll(ids.Select(id => Answer.ReadAsync(Client.HotplugDeviceAsync(id, Gpu))));

        var won = answers.Select((a, i) => (a, i)).Where(x => x.a.Status == HttpStatusCode.Created).ShouldHaveSingleItem();
        var winner = ids[won.i];
        var attached = won.a.ShouldBeCreated();
        attached["sbdf"]!.GetValue<string>().ShouldBe(Gpu);
        attached["outcome"]!.GetValue<string>().ShouldBe("assigned");
        Uri.UnescapeDataString(won.a.Location!).ShouldBe($"http://localhost/v1/domains/{winner}/devices/{Gpu}");
        foreach (var refused in answers.Where(a => a.Status != HttpStatusCode.Created))
        {
            refused.ShouldBeBusyRefusal("device-refused", Gpu, Guid.Parse(winner))["device"]!["outcome"]!.GetValue<string>().ShouldBe("refused");
        }

        (await LiveAssignments.OwnersAsync(Api.Database, RaceHost.Name, Gpu)).ShouldBe([Guid.Parse(winner)]);
        var live = (await Client.GetJsonAsync($"/v1/domains?host={RaceHost.Name}&state=live"))["items"]!.AsArray();
        live.Count.ShouldBe(Domains);
        live.Where(d => d!["devices"]!.AsArray().Count > 0).ShouldHaveSingleItem()!["id"]!.GetValue<string>().ShouldBe(winner);
        foreach (var id in ids)
        {
            var history = (await Client.GetJsonAsync($"{DomainRequests.DomainPath(id)}/assignments"))["items"]!.AsArray().ShouldHaveSingleItem()!;
            history["kind"]!.GetValue<string>().ShouldBe(id == winner ? "assigned" : "refused");
            history["sbdf"]!.GetValue<string>().ShouldBe(Gpu);
        }
    }
}
