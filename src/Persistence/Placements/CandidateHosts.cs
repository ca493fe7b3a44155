using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Placements;

/// <summary>
/// Reads the hosts a placement looks at (<see cref="CandidateSql"/>): the count of hosts admitted
/// and of those without the memory first, then the others page by page in the strategy's order,
/// each host with enough free matching devices as a <see cref="CandidateHost"/>, each without as a
/// <c>no-matching-device</c> in <see cref="HostScreening"/>. The caller stops reading when it has
/// what it needs; later pages are then never asked for.
/// </summary>
internal static class CandidateHosts
{
    private const int PageSize = 64;

    public static async Task<HostScreening> ScreenAsync(NpgsqlConnection connection, PlacementRequest request, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CandidateSql.Screen, connection);
        AddFilter(command.Parameters, request);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var screening = new HostScreening(checked((int)reader.GetInt64(0)));
        screening.Reject(FindingCodes.InsufficientMemory, checked((int)reader.GetInt64(1)));
        return screening;
    }

    public static async IAsyncEnumerable<CandidateHost> ReadAsync(
        NpgsqlConnection connection, PlacementRequest request, bool mostFreeFirst, HostScreening screening, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sql = CandidateSql.Page(request.Devices.Count, mostFreeFirst);
        (long Free, string Name)? after = null;
        for (var read = PageSize; read == PageSize;)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            AddFilter(command.Parameters, request);
            command.Parameters.Add(new() { Value = (object?)request.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = (object?)after?.Free ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            command.Parameters.Add(new() { Value = (object?)after?.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = PageSize });
            foreach (var wanted in request.Devices)
            {
                AddDevice(command.Parameters, wanted);
            }

            read = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read++;
                after = (reader.GetInt64(1), reader.GetString(0));
                if (!reader.GetBoolean(2))
                {
                    screening.Reject(FindingCodes.NoMatchingDevice);
                    continue;
                }

                yield return Candidate(reader);
            }
        }
    }

    private static CandidateHost Candidate(NpgsqlDataReader reader)
    {
        var inventory = HostDocument.Read(reader.GetString(3)).ToStoredHost().Inventory;
        var owners = new Dictionary<PciAddress, Guid>();
        if (!reader.IsDBNull(4))
        {
            var devices = reader.GetFieldValue<string[]>(4);
            var domains = reader.GetFieldValue<Guid[]>(5);
            for (var i = 0; i < devices.Length; i++)
            {
                owners[PciAddress.Parse(devices[i])] = domains[i];
            }
        }

        var used = ByteSize.FromMiB((ulong)Math.Max(0, reader.GetInt64(7)));
        return new CandidateHost(HostName.Parse(reader.GetString(0)), inventory, new HostUsage(owners, used), reader.IsDBNull(6) ? null : reader.GetGuid(6));
    }

    private static void AddFilter(NpgsqlParameterCollection parameters, PlacementRequest request)
    {
        var names = request.Hosts.Names?.Select(n => n.Value).ToArray();
        parameters.Add(new() { Value = (object?)names ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = request.Hosts.Labels.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = request.Hosts.Labels.Values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = checked((long)request.Settings.MemoryMiB) });
    }

    private static void AddDevice(NpgsqlParameterCollection parameters, DeviceWanted wanted)
    {
        var (low, high) = wanted.ClassCode is { } prefix ? prefix.Range : (null as uint?, null as uint?);
        parameters.Add(Integer(wanted.VendorId));
        parameters.Add(Integer(wanted.DeviceId));
        parameters.Add(Integer(low));
        parameters.Add(Integer(high));
        parameters.Add(new() { Value = JsonSerializer.Serialize(wanted.Labels), NpgsqlDbType = NpgsqlDbType.Jsonb });
        parameters.Add(new() { Value = wanted.Count });
    }

    private static NpgsqlParameter Integer(uint? value) =>
        new() { Value = value is { } v ? checked((int)v) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer };
}
