using System.Net;
using Npgsql;
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
        // Not pooled: whatever happens, closing it ends the session and its advisory lock.
        await using var sql = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Api.Database.ConnectionString) { Pooling = false }.ConnectionString);
        await sql.OpenAsync();
        // Inserts into domains wait at the gate while this session holds it (its own inserts pass: advisory locks are re-entrant).
        await ExecuteAsync(sql, $"""
            CREATE FUNCTION wait_at_gate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock({Gate}); RETURN NEW; END $$;
            CREATE TRIGGER wait_at_gate BEFORE INSERT ON domains FOR EACH ROW EXECUTE FUNCTION wait_at_gate();
            SELECT pg_advisory_lock({Gate});
            """);

        var creating = Answer.ReadAsync(Client.PostDomainAsync(RaceHost.Name, RaceHost.Domain("vm-1", RaceHost.Device(0)), idempotencyKey: "create-vm-1"));
        await WaitForWaiterAsync(sql);
        // A live vm-1 committed behind the first attempt's back: its insert fails on ux_domains_live_name, and it is retried.
        var holder = Guid.CreateVersion7();
        await ExecuteAsync(sql, $$"""
            INSERT INTO domains (id, host_name, name, state, memory_mib, settings, layout, findings, created_at)
            VALUES ('{{holder}}', '{{RaceHost.Name}}', 'vm-1', 'live', 512, '{}', '{}', '[]', now());
            SELECT pg_advisory_unlock({{Gate}});
            """);
        var answer = await creating;

        answer.Status.ShouldBe(HttpStatusCode.Conflict, answer.Text);
        answer.MediaType.ShouldBe("application/problem+json");
        answer.Body["code"]!.GetValue<string>().ShouldBe("domain-name-taken");
        answer.Body["domainId"]!.GetValue<Guid>().ShouldBe(holder);
        (await Client.GetJsonAsync($"/v1/domains?host={RaceHost.Name}"))["items"]!.AsArray()
            .ShouldHaveSingleItem()!["id"]!.GetValue<Guid>().ShouldBe(holder);
        (await LiveAssignments.OwnersAsync(Api.Database, RaceHost.Name, RaceHost.Device(0))).ShouldBeEmpty();
    }

    /// <summary>Until the create's first attempt waits at the gate (bounded, so a broken test fails rather than hangs).</summary>
    private static async Task WaitForWaiterAsync(NpgsqlConnection sql)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = {Gate} AND NOT granted", sql);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The create never reached the gate.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection sql, string text)
    {
        await using var command = new NpgsqlCommand(text, sql);
        await command.ExecuteNonQueryAsync();
    }
}
