using System.Text.Json;

namespace Placement.Persistence.Hosts;

/// <summary>
/// A host row with its children as one JSON document (<see cref="HostRow.Document"/>). Every plan
/// starts by reading a host; assembling it from its rows costs several times as much
/// (docs/performance.md). The child tables stay, for their constraints and queries.
/// </summary>
internal static class HostDocument
{
    /// <summary>The same document assembled by PostgreSQL from the rows: the tests hold the stored one to it.</summary>
    public const string AssembleSql = """
        json_build_object(
            'name', h.name, 'architecture', h.architecture, 'memoryMiB', h.memory_mib,
            'physAddressBits', h.phys_address_bits, 'iommu', h.iommu, 'generation', h.generation,
            'createdAt', h.created_at, 'updatedAt', h.updated_at, 'arm', h.arm,
            'labels', COALESCE((SELECT json_agg(json_build_object('hostName', l.host_name, 'key', l.key, 'value', l.value))
                FROM host_labels l WHERE l.host_name = h.name), '[]'),
            'devices', COALESCE((SELECT json_agg(json_build_object(
                    'hostName', d.host_name, 'sbdf', d.sbdf, 'description', d.description, 'iommuProtected', d.iommu_protected,
                    'mmio', d.mmio, 'spis', d.spis, 'vendorId', d.vendor_id, 'deviceId', d.device_id,
                    'classCode', d.class_code, 'numaNode', d.numa_node, 'labels', d.labels,
                    'bars', COALESCE((SELECT json_agg(json_build_object(
                            'hostName', b.host_name, 'sbdf', b.sbdf, 'index', b.index, 'kind', b.kind, 'size', b.size,
                            'is64Bit', b.is_64_bit, 'prefetchable', b.prefetchable))
                        FROM bars b WHERE b.host_name = d.host_name AND b.sbdf = d.sbdf), '[]')))
                FROM devices d WHERE d.host_name = h.name), '[]'),
            'reservedRegions', COALESCE((SELECT json_agg(json_build_object(
                    'hostName', r.host_name, 'start', r.start, 'end', r."end", 'devices', r.devices))
                FROM reserved_regions r WHERE r.host_name = h.name), '[]'))
        """;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(HostRow row) => WriteJson(row);

    public static HostRow Read(string document) => ReadJson<HostRow>(document);

    /// <summary>Any part of a host in the document's JSON: for the jsonb columns whose objects the document copies.</summary>
    public static string WriteJson<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T ReadJson<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");
}
