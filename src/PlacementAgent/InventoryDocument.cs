using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Placement.Agent;

/// <summary>
/// The body of <c>PUT /v1/hosts/{host}</c> (the API's HostInventoryBody) as the agent fills it:
/// sizes and addresses as <c>0x</c> hex strings, ranges <c>[start, end)</c>, no arm section. Labels
/// and descriptions are the operator's: the agent reads none, and keeps the service's on a replace
/// (<see cref="OperatorFields"/>).
/// </summary>
internal sealed record InventoryDocument(
    string Architecture,
    ulong MemoryMiB,
    int PhysAddressBits,
    bool Iommu,
    IReadOnlyDictionary<string, string>? Labels,
    IReadOnlyList<DeviceDocument> Devices,
    IReadOnlyList<RegionDocument> ReservedRegions)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IndentSize = 2,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>This inventory with the host's labels and, for each device still present, its description and labels as the service has them.</summary>
    public InventoryDocument With(OperatorFields kept) => this with
    {
        Labels = kept.Labels,
        Devices = Devices.Select(d => kept.Devices.TryGetValue(d.Sbdf, out var k) ? d with { Description = k.Description, Labels = k.Labels } : d).ToList(),
    };
}

internal sealed record DeviceDocument(
    string Sbdf,
    string? Description,
    bool IommuProtected,
    string? VendorId,
    string? DeviceId,
    string? ClassCode,
    int? NumaNode,
    IReadOnlyList<BarDocument> Bars,
    IReadOnlyDictionary<string, string>? Labels = null);

internal sealed record BarDocument(int Index, string Kind, string Size, bool Is64Bit, bool Prefetchable);

internal sealed record RegionDocument(string Start, string End, IReadOnlyList<string> Devices);
