using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Concurrency;

/// <summary>
/// A keyed create whose transaction is retried (a unique index filled by a writer that took no host
/// lock) must answer what its last attempt decided, not what an earlier, rolled-back one rendered.
/// </summary>
public sealed class RetriedCreateTests : ApiTest
{
    private const long Gate = 4242;

    [Fact]
    public async Task Create_KeyedAndRetriedIntoNameTaken_AnswersNameTakenNotTheRolledBackCreate()
    {
        await Client.CreateHostAsync(RaceHost.Name, RaceHost.Inventory(devices: 2));
        await using var gate = await WriteGate.CloseAsync(Api.Database, "domains", Gate);

        var creating = Answer.ReadAsync(Client.PostDomainAsync(RaceHost.Name, RaceHost.Domain("vm-1", RaceHost.Device(0)), idempotencyKey: "create-vm-1"));
        await gate.WaitAtGateAsync();
        // A live vm-1 committed behind the first attempt's back: its insert fails on ux_domains_live_name, and it is retried.
        var holder = Guid.CreateVersion7();
        await gate.ExecuteAsync($$"""
            INSERT INTO domains (id, host_name, name, state, memory_mib, settings, layout, findings, created_at)
            VALUES ('{{holder}}', '{{RaceHost.Name}}', 'vm-1', 'live', 512, '{}', '{}', '[]', now());
            """);
        await gate.OpenAsync();
        var answer = await creating;

        answer.Status.ShouldBe(HttpStatusCode.Conflict, answer.Text);
        answer.MediaType.ShouldBe("application/problem+json");
        answer.Body["code"]!.GetValue<string>().ShouldBe("domain-name-taken");
        answer.Body["domainId"]!.GetValue<Guid>().ShouldBe(holder);
        (await Client.GetJsonAsync($"/v1/domains?host={RaceHost.Name}"))["items"]!.AsArray()
            .ShouldHaveSingleItem()!["id"]!.GetValue<Guid>().ShouldBe(holder);
        (await LiveAssignments.OwnersAsync(Api.Database, RaceHost.Name, RaceHost.Device(0))).ShouldBeEmpty();
    }
}
