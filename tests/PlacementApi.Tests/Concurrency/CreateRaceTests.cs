using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>Many callers create domains wanting one device at once, through one API instance or two: one owner, ever.</summary>
public sealed class CreateRaceTests : ApiTest
{
    private const int Callers = 32;
    private static readonly string Gpu = RaceHost.Device(0);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Create_ThirtyTwoParallelWantingOneDevice_OneCreatedRestRefusedBusy(int replicas)
    {
        await Client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 2));
        await using var second = new PlacementApiFactory(Api.Database);
        using var secondClient = replicas == 2 ? second.CreateClient() : null;
        HttpClient[] clients = secondClient is null ? [Client] : [Client, secondClient];

        var answers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(i =>
            Answer.ReadAsync(clients[i % clients.Length].PostDomainAsync(RaceHost.Name, RaceHost.Domain($"vm-{i}", Gpu)))));

        var created = answers.Where(a => a.Status == HttpStatusCode.Created).ShouldHaveSingleItem().ShouldBeCreated();
        var winner = created["id"]!.GetValue<Guid>();
        created["devices"]!.AsArray().Select(d => d!["sbdf"]!.GetValue<string>()).ShouldBe([Gpu]);
        var refusalIds = answers.Where(a => a.Status != HttpStatusCode.Created)
            .Select(a => a.ShouldBeBusyRefusal("domain-refused", Gpu, winner)["refusalId"]!.GetValue<long>()).ToList();
        refusalIds.Count.ShouldBe(Callers - 1);

        var live = await Client.GetJsonAsync($"/v1/domains?host={RaceHost.Name}&state=live");
        var only = live["items"]!.AsArray().ShouldHaveSingleItem()!;
        only["id"]!.GetValue<Guid>().ShouldBe(winner);
        only["devices"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe([Gpu]);
        (await LiveAssignments.OwnersAsync(Api.Database, RaceHost.Name, Gpu)).ShouldBe([winner]);

        var refusals = (await Client.GetJsonAsync($"/v1/hosts/{RaceHost.Name}/refusals"))["items"]!.AsArray();
        refusals.Select(r => r!["id"]!.GetValue<long>()).ShouldBe(refusalIds, ignoreOrder: true);
        refusals.Select(r => r!["request"]!["name"]!.GetValue<string>())
            .ShouldBe(Enumerable.Range(0, Callers).Select(i => $"vm-{i}").Where(n => n != created["name"]!.GetValue<string>()), ignoreOrder: true);
        refusals.ShouldAllBe(r => r!["findings"]!.AsArray().Any(f => f!["code"]!.GetValue<string>() == "device-busy"));
    }
}
