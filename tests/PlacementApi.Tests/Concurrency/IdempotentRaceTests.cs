using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>One request sent many times at once with one Idempotency-Key: it happens once, and every caller reads the first answer.</summary>
public sealed class IdempotentRaceTests : ApiTest
{
    private const int Retries = 16;
    private static readonly string Gpu = RaceHost.Device(0);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Create_SixteenParallelWithSameKeyAndBody_AllGetTheFirstAnswer(int replicas)
    {
        await Client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 2));
        await using var second = new PlacementApiFactory(Api.Database);
        using var secondClient = replicas == 2 ? second.CreateClient() : null;
        HttpClient[] clients = secondClient is null ? [Client] : [Client, secondClient];

        var answers = await Task.WhenAll(Enumerable.Range(0, Retries).Select(i =>
            Answer.ReadAsync(clients[i % clients.Length].PostDomainAsync(RaceHost.Name, RaceHost.Domain("vm-1", Gpu), idempotencyKey: "create-vm-1"))));

        var first = answers[0].ShouldBeCreated();
        answers.ShouldAllBe(a => a.Status == answers[0].Status && a.Text == answers[0].Text && a.Location == answers[0].Location);
        answers.Count(a => a.Replayed).ShouldBe(Retries - 1);
        var id = first["id"]!.GetValue<Guid>();
        answers[0].Location.ShouldBe(DomainRequests.Absolute(DomainRequests.DomainPath(id.ToString())).AbsoluteUri);
        var domains = (await Client.GetJsonAsync($"/v1/domains?host={RaceHost.Name}"))["items"]!.AsArray();
        domains.ShouldHaveSingleItem()!["id"]!.GetValue<Guid>().ShouldBe(id);
        (await LiveAssignments.OwnersAsync(Api.Database, RaceHost.Name, Gpu)).ShouldBe([id]);
        (await Client.GetJsonAsync($"/v1/hosts/{RaceHost.Name}/refusals"))["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Hotplug_SixteenParallelWithSameKey_AttachedOnceAllGetTheFirstAnswer()
    {
        await Client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 2));
        var id = (await Client.CreateDomainAsync(RaceHost.Name, RaceHost.Domain("vm-1")))["id"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, Retries).Select(_ => Answer.ReadAsync(Client.HotplugDeviceAsync(id, Gpu, idempotencyKey: "plug-gpu"))));

        answers[0].ShouldBeCreated()["sbdf"]!.GetValue<string>().ShouldBe(Gpu);
        answers.ShouldAllBe(a => a.Status == answers[0].Status && a.Text == answers[0].Text && a.Location == answers[0].Location);
        answers.Count(a => a.Replayed).ShouldBe(Retries - 1);
        var history = (await Client.GetJsonAsync($"{DomainRequests.DomainPath(id)}/assignments"))["items"]!.AsArray();
        history.ShouldHaveSingleItem()!["kind"]!.GetValue<string>().ShouldBe("assigned");
        (await LiveAssignments.OwnersAsync(Api.Database, RaceHost.Name, Gpu)).ShouldBe([Guid.Parse(id)]);
    }
}
