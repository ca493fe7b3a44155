using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Placement.Domain.Fleet;

namespace Placement.Persistence.Placements;

/// <summary>One host of a page (<see cref="CandidateSql.Page"/>), as read; its inventory comes apart.</summary>
internal sealed record CandidateRow(
    string Name, long Free, bool Fits, Guid? NameHolder, string[]? Devices, Guid[]? Owners, long Used, long Generation, DateTimeOffset UpdatedAt);

/// <summary>The counts of a counted page, and its hosts in the strategy's order.</summary>
internal sealed record CandidatePage(int? Admitted, int? Short, List<CandidateRow> Rows);

/// <summary>Runs the statements of <see cref="CandidateSql"/>: parameters in, rows out.</summary>
internal static class CandidateRows
{
    public static async Task<CandidatePage> PageAsync(
        NpgsqlConnection connection, PlacementRequest request, bool mostFreeFirst, (long Free, string Name)? after, bool counted, int size, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CandidateSql.Page(request.Devices.Count, mostFreeFirst, first: after is null, counted), connection);
        var parameters = command.Parameters;
        var names = request.Hosts.Names?.Select(n => n.Value).ToArray();
        parameters.Add(new() { Value = (object?)names ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = request.Hosts.Labels.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = request.Hosts.Labels.Values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = checked((long)request.Settings.MemoryMiB) });
        parameters.Add(new() { Value = (object?)request.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new() { Value = (object?)after?.Free ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        parameters.Add(new() { Value = (object?)after?.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new() { Value = size });
        foreach (var wanted in request.Devices)
        {
            var (low, high) = wanted.ClassCode is { } prefix ? prefix.Range : (null as uint?, null as uint?);
            parameters.Add(Integer(wanted.VendorId));
            parameters.Add(Integer(wanted.DeviceId));
            parameters.Add(Integer(low));
            parameters.Add(Integer(high));
            parameters.Add(new() { Value = JsonSerializer.Serialize(wanted.Labels), NpgsqlDbType = NpgsqlDbType.Jsonb });
            parameters.Add(new() { Value = wanted.Count });
        }

        var page = new CandidatePage(null, null, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Every row of a counted page carries the counts; a counted page without hosts is one row of them.
            if (counted && page.Admitted is null)
            {
                page = page with { Admitted = checked((int)reader.GetInt64(0)), Short = checked((int)reader.GetInt64(1)) };
            }

            if (!reader.IsDBNull(2))
            {
                page.Rows.Add(new CandidateRow(
                    reader.GetString(2),
                    reader.GetInt64(3),
                    reader.GetBoolean(4),
                    reader.IsDBNull(5) ? null : reader.GetGuid(5),
                    reader.IsDBNull(6) ? null : reader.GetFieldValue<string[]>(6),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<Guid[]>(7),
                    reader.GetInt64(8),
                    reader.GetInt64(9),
                    reader.GetFieldValue<DateTimeOffset>(10)));
            }
        }

        return page;
    }

    /// <summary>The documents of the named hosts, by name.</summary>
    public static async Task<Dictionary<string, string>> DocumentsAsync(NpgsqlConnection connection, List<string> names, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CandidateSql.Documents, connection)
        {
            Parameters = { new() { Value = names.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text } },
        };
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents[reader.GetString(0)] = reader.GetString(1);
        }

        return documents;
    }

    private static NpgsqlParameter Integer(uint? value) =>
        new() { Value = value is { } v ? checked((int)v) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer };
}
