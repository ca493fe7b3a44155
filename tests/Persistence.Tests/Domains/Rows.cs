using Npgsql;
using Placement.TestSupport;

namespace Placement.Persistence.Tests.Domains;

/// <summary>Domain and assignment rows written in plain SQL, past the stores: what the schema alone allows.</summary>
internal static class Rows
{
    private static readonly DateTimeOffset At = TestClock.Start;

    public static async Task<Guid> InsertDomainAsync(TestDatabase database, string host, string name, bool destroyed = false)
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(database,
            "INSERT INTO domains (id, host_name, name, state, memory_mib, settings, layout, findings, created_at, destroyed_at) " +
            "VALUES (@id, @host, @name, @state, 1024, '{}', '{}', '[]', @at, @destroyedAt)",
            ("id", id), ("host", host), ("name", name), ("state", destroyed ? "destroyed" : "live"), ("at", At),
            ("destroyedAt", destroyed ? At : DBNull.Value));
        return id;
    }

    public static Task InsertAssignmentAsync(TestDatabase database, Guid domain, string host, string sbdf, bool released = false) =>
        ExecuteAsync(database,
            "INSERT INTO assignments (domain_id, host_name, sbdf, rdm_policy, outcome, findings, assigned_at, released_at) " +
            "VALUES (@domain, @host, @sbdf, 'strict', 'assigned', '[]', @at, @releasedAt)",
            ("domain", domain), ("host", host), ("sbdf", sbdf), ("at", At), ("releasedAt", released ? At : DBNull.Value));

    public static Task InsertStaticBankAsync(TestDatabase database, Guid domain, string host, long start, long end, bool released = false) =>
        ExecuteAsync(database,
            "INSERT INTO static_banks (domain_id, host_name, start, \"end\", released_at) VALUES (@domain, @host, @start, @end, @releasedAt)",
            ("domain", domain), ("host", host), ("start", start), ("end", end), ("releasedAt", released ? At : DBNull.Value));

    private static async Task ExecuteAsync(TestDatabase database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
