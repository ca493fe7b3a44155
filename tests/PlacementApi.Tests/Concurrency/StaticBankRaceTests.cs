using System.Net;
using Npgsql;
using Placement.Api.Tests.ArmDomains;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>Many callers create direct-mapped domains on overlapping static banks at once, through one API instance or two: one holder, ever.</summary>
public sealed class StaticBankRaceTests : ApiTest
{
    private const int Callers = 16;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Create_SixteenParallelOnOverlappingBanks_OneCreatedRestRefusedBusy(int replicas)
    {
        await Client.CreateHostAsync(ArmHosts.Name, ArmHosts.Inventory());
        await using var second = new PlacementApiFactory(Api.Database);
        using var secondClient = replicas == 2 ? second.CreateClient() : null;
        HttpClient[] clients = secondClient is null ? [Client] : [Client, secondClient];

        // Each asks for 256 MiB starting 16 MiB further than the one before: every pair overlaps.
        var answers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(i =>
        {
            var start = 0x50000000L + (i * 0x1000000L);
            var body = ArmHosts.Static($"dm-{i}", 256, ($"0x{start:x}", $"0x{start + 0x10000000:x}"));
            return Answer.ReadAsync(clients[i % clients.Length].PostDomainAsync(ArmHosts.Name, body));
        }));

        var created = answers.Where(a => a.Status == HttpStatusCode.Created).ShouldHaveSingleItem().ShouldBeCreated();
        var winner = created["id"]!.GetValue<Guid>();
        foreach (var refused in answers.Where(a => a.Status != HttpStatusCode.Created))
        {
            refused.Status.ShouldBe(HttpStatusCode.Conflict, refused.Text);
            var finding = refused.Body["findings"]!.AsArray().ShouldHaveSingleItem()!;
            finding["code"]!.GetValue<string>().ShouldBe("static-memory-busy");
            finding["message"]!.GetValue<string>().ShouldContain(winner.ToString());
        }

        (await HeldBanksAsync()).ShouldBe([(winner, ArmHosts.Banks(created)[0])]);
        (await Client.GetJsonAsync($"/v1/hosts/{ArmHosts.Name}/refusals"))["items"]!.AsArray().Count.ShouldBe(Callers - 1);
    }

    private async Task<List<(Guid Domain, (string Start, string End) Bank)>> HeldBanksAsync()
    {
        await using var connection = new NpgsqlConnection(Api.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT domain_id, start, \"end\" FROM static_banks WHERE released_at IS NULL", connection);
        var banks = new List<(Guid, (string, string))>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            banks.Add((reader.GetGuid(0), ($"0x{reader.GetInt64(1):x}", $"0x{reader.GetInt64(2):x}")));
        }

        return banks;
    }
}
