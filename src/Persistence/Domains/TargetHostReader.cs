using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using Npgsql;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

using Placement.Domain.UseCases;

namespace Placement.Persistence.Domains;

/// <summary>
/// Reads the five results of <see cref="TargetHosts"/> into partial inventories and hands each
/// host on once its last region is read (hosts without regions at the end). Ten thousand hosts
/// bring some 80,000 region rows, so a row costs no more than it must: the host is looked up when
/// the name changes, and PCI addresses are read from the text without splitting it. A row of a
/// host that the first statement did not see (written meanwhile) is skipped.
/// </summary>
internal static class TargetHostReader
{
    public static async IAsyncEnumerable<TargetHost> ReadAsync(NpgsqlDataReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var hosts = new Dictionary<string, Partial>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts[reader.GetString(0)] = new Partial(reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetBoolean(4), reader.GetInt64(5));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts.GetValueOrDefault(reader.GetString(0))?.Devices.Add(new PciDevice(PciAddress.Parse(reader.GetString(1)), null, reader.GetBoolean(2), [])
            {
                Identity = IdentityOf(reader),
            });
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts.GetValueOrDefault(reader.GetString(0))?.Own(PciAddress.Parse(reader.GetString(1)), reader.GetGuid(2));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts.GetValueOrDefault(reader.GetString(0))?.NameHolder = reader.GetGuid(1);
        }

        await reader.NextResultAsync(cancellationToken);
        var regions = new List<ReservedRegion>();
        var (name, host) = ("", (Partial?)null);
        while (await reader.ReadAsync(cancellationToken))
        {
            var rowHost = reader.GetString(0);
            if (rowHost != name)
            {
                if (host is not null)
                {
                    yield return host.ToTarget(name, regions);
                }

                name = rowHost;
                hosts.Remove(rowHost, out host);
            }

            if (host is not null)
            {
                var range = new AddressRange(new PhysicalAddress((ulong)reader.GetInt64(1)), new PhysicalAddress((ulong)reader.GetInt64(2)));
                regions.Add(new ReservedRegion(range, Addresses(reader.GetFieldValue<string[]>(3))));
            }
        }

        if (host is not null)
        {
            yield return host.ToTarget(name, regions);
        }

        foreach (var (withoutRegions, rest) in hosts)
        {
            yield return rest.ToTarget(withoutRegions, regions);
        }
    }

    /// <summary>Vendor, device and NUMA node, what a move to devices of the same model looks at; no class code, no labels.</summary>
    private static DeviceIdentity IdentityOf(NpgsqlDataReader reader) =>
        reader.IsDBNull(3) && reader.IsDBNull(4) && reader.IsDBNull(5) ? DeviceIdentity.None
        : new DeviceIdentity(Id(reader, 3), Id(reader, 4), null, reader.IsDBNull(5) ? null : reader.GetInt32(5), DeviceIdentity.None.Labels);

    private static ushort? Id(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : checked((ushort)reader.GetInt32(column));

    private static PciAddress[] Addresses(string[] texts)
    {
        var addresses = new PciAddress[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            addresses[i] = PciAddress.Parse(texts[i]);
        }

        return addresses;
    }

    private sealed class Partial(string architecture, long memoryMiB, int physAddressBits, bool iommu, long usedMiB)
    {
        private Dictionary<PciAddress, Guid>? owners;

        public List<PciDevice> Devices { get; } = [];

        public Guid? NameHolder { get; set; }

        public void Own(PciAddress device, Guid domain) => (owners ??= [])[device] = domain;

        /// <summary>The host with the regions read for it, which leaves <paramref name="regions"/> empty for the next host.</summary>
        public TargetHost ToTarget(string name, List<ReservedRegion> regions)
        {
            var parsed = InventoryNames.TryParseArchitecture(architecture, out var known) ? known
                : throw new InvalidDataException($"Host {name} has an unknown architecture '{architecture}'.");
            var inventory = new HostInventory(parsed, ByteSize.FromMiB((ulong)memoryMiB), physAddressBits, iommu,
                ReadOnlyDictionary<string, string>.Empty, Devices, [.. regions]);
            regions.Clear();
            var usage = new HostUsage(owners ?? HostUsage.None.Owners, ByteSize.FromMiB((ulong)usedMiB));
            return new TargetHost(HostName.Parse(name), inventory, usage, NameHolder);
        }
    }
}
