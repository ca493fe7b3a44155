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
/// Reads the hosts a placement looks at (<see cref="CandidateSql"/>) page by page in the
/// strategy's order, each host with enough free matching devices as a <see cref="CandidateHost"/>,
/// each without as a <c>no-matching-device</c> in the <see cref="HostScreening"/>, which the first
/// page also gives the hosts admitted and those without the memory. The caller stops reading when
/// it has what it needs; later pages are then never asked for. The first page holds one host more
/// than the limit, what a search whose first hosts all fit without warnings reads; each later page
/// twice as many as the one before, so that reading the whole fleet takes a few statements.
/// </summary>
internal static class CandidateHosts
{
    private const int MaxPageSize = 1024;

    public static async IAsyncEnumerable<CandidateHost> ReadAsync(
        NpgsqlConnection connection, PlacementRequest request, bool mostFreeFirst, HostScreening screening, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (long Free, string Name)? after = null;
        var size = request.Limit + 1;
        for (var full = true; full; size = Math.Min(2 * size, MaxPageSize))
        {
            var first = after is null;
            await using var command = new NpgsqlCommand(CandidateSql.Page(request.Devices.Count, mostFreeFirst, first), connection);
            AddFilter(command.Parameters, request);
            command.Parameters.Add(new() { Value = (object?)request.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = (object?)after?.Free ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            command.Parameters.Add(new() { Value = (object?)after?.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = size });
            foreach (var wanted in request.Devices)
            {
                AddDevice(command.Parameters, wanted);
            }

            var read = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // Every row of the first page carries the counts.
                if (first && read == 0)
                {
                    screening.Admit(checked((int)reader.GetInt64(0)));
                    screening.Reject(FindingCodes.InsufficientMemory, checked((int)reader.GetInt64(1)));
                }

                if (reader.IsDBNull(2))
                {
                    break;
                }

                read++;
                after = (reader.GetInt64(3), reader.GetString(2));
                if (!reader.GetBoolean(4))
                {
                    screening.Reject(FindingCodes.NoMatchingDevice);
                    continue;
                }

                yield return Candidate(reader);
            }

            full = read == size;
        }
    }

    private static CandidateHost Candidate(NpgsqlDataReader reader)
    {
        var inventory = HostDocument.Read(reader.GetString(5)).ToStoredHost().Inventory;
        var owners = new Dictionary<PciAddress, Guid>();
        if (!reader.IsDBNull(7))
        {
            var devices = reader.GetFieldValue<string[]>(7);
            var domains = reader.GetFieldValue<Guid[]>(8);
            for (var i = 0; i < devices.Length; i++)
            {
                owners[PciAddress.Parse(devices[i])] = domains[i];
            }
        }

        var used = ByteSize.FromMiB((ulong)Math.Max(0, reader.GetInt64(9)));
        return new CandidateHost(HostName.Parse(reader.GetString(2)), inventory, new HostUsage(owners, used), reader.IsDBNull(6) ? null : reader.GetGuid(6));
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
