using Npgsql;
using Placement.TestSupport;

namespace Placement.Api.Tests.Concurrency;

/// <summary>What the database itself says, read past the API: the live assignment rows.</summary>
public static class LiveAssignments
{
    /// <summary>The domains holding a live assignment of the device, by the assignments table.</summary>
    public static async Task<List<Guid>> OwnersAsync(TestDatabase database, string host, string sbdf)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT domain_id FROM assignments WHERE host_name = @host AND sbdf = @sbdf AND released_at IS NULL", connection);
        command.Parameters.AddWithValue("host", host);
        command.Parameters.AddWithValue("sbdf", sbdf);
        var owners = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            owners.Add(reader.GetGuid(0));
        }

        return owners;
    }

    /// <summary>Every live assignment of the host as (device, domain, state of the domain).</summary>
    public static async Task<List<(string Sbdf, Guid Domain, string State)>> OfHostAsync(TestDatabase database, string host)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT a.sbdf, a.domain_id, d.state FROM assignments a JOIN domains d ON d.id = a.domain_id " +
            "WHERE a.host_name = @host AND a.released_at IS NULL ORDER BY a.sbdf", connection);
        command.Parameters.AddWithValue("host", host);
        var rows = new List<(string, Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetGuid(1), reader.GetString(2)));
        }

        return rows;
    }
}
