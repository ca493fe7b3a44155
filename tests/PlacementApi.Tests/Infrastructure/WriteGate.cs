using Npgsql;
using Placement.TestSupport;

namespace Placement.Api.Tests.Infrastructure;

/// <summary>
/// Holds every insert into one table at a gate (a trigger waits for an advisory lock this session
/// holds) until <see cref="OpenAsync"/>, so that a test can line up concurrent writers in the order
/// it wants. Disposing ends the session, which opens the gate too.
/// </summary>
public sealed class WriteGate : IAsyncDisposable
{
    private readonly NpgsqlConnection sql;
    private readonly long key;

    private WriteGate(NpgsqlConnection sql, long key) => (this.sql, this.key) = (sql, key);

    public static async Task<WriteGate> CloseAsync(TestDatabase database, string table, long key)
    {
        // Not pooled: closing it must end the session and its advisory lock.
        var sql = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await sql.OpenAsync();
        var gate = new WriteGate(sql, key);
        await gate.ExecuteAsync($"""
            CREATE FUNCTION wait_at_gate_{key}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock({key}); RETURN NEW; END $$;
            CREATE TRIGGER wait_at_gate_{key} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION wait_at_gate_{key}();
            SELECT pg_advisory_lock({key});
            """);
        return gate;
    }

    /// <summary>Until a session of this database waits at the gate.</summary>
    public Task WaitAtGateAsync() => WaitForAsync("wait_event = 'advisory'", "at the gate");

    /// <summary>Until a session of this database waits for a row or transaction lock (say, a host's row a gated writer holds).</summary>
    public Task WaitForRowLockAsync() => WaitForAsync("wait_event IN ('transactionid', 'tuple')", "for a row lock");

    public Task OpenAsync() => ExecuteAsync($"SELECT pg_advisory_unlock({key})");

    public ValueTask DisposeAsync() => sql.DisposeAsync();

    /// <summary>Bounded, so that a broken test fails rather than hangs.</summary>
    private async Task WaitForAsync(string condition, string what)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND {condition}", sql);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No writer ever waited {what}.");
    }

    /// <summary>Runs SQL in the gate's own session: its inserts pass the gate (advisory locks are re-entrant).</summary>
    public async Task ExecuteAsync(string text)
    {
        await using var command = new NpgsqlCommand(text, sql);
        await command.ExecuteNonQueryAsync();
    }
}
