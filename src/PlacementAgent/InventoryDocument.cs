using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Placement.Agent;

/// <summary>
/// The body of <c>PUT /v1/hosts/{host}</c> (the API's HostInventoryBody) as the agent fills it:
/// sizes and addresses as <c>0x</c> hex strings, ranges <c>[start, end)</c>, no labels or arm section.
/// </summary>
internal sealed record InventoryDocument(
    string Architecture,
    ulong MemoryMiB,
    int PhysAddressBits,
    bool Iommu,
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
}

internal sealed record DeviceDocument(
    string Sbdf,
    bool IommuProtected,
    string? VendorId,
    string? DeviceId,
    string? ClassCode,
    int? NumaNode,
    IReadOnlyList<BarDocument> Bars);

internal sealed record BarDocument(int Index, string Kind, string Size, bool Is64Bit, bool Prefetchable);

internal sealed record RegionDocument(string Start, string End, IReadOnlyList<string> Devices);
