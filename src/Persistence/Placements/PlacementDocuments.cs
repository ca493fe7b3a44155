using System.Text.Json;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Persistence.Placements;

/// <summary>How a domain was placed (<see cref="DomainPlacement"/>) as a JSON document, in the names the API uses.</summary>
internal static class PlacementDocuments
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(DomainPlacement placement) => JsonSerializer.Serialize(new PlacementDocument(
        new HostsDocument(
            placement.Hosts.Architecture?.Name(),
            placement.Hosts.Labels.ToDictionary(StringComparer.Ordinal),
            placement.Hosts.Names?.Select(n => n.Value).ToList()),
        placement.Devices.Select(d => new WantedDocument(
            d.Name,
            d.Count,
            d.VendorId is { } vendor ? PciIds.FormatId(vendor) : null,
            d.DeviceId is { } device ? PciIds.FormatId(device) : null,
            d.ClassCode?.ToString(),
            d.Labels.ToDictionary(StringComparer.Ordinal),
            d.Policy?.Name())).ToList(),
        placement.SameNumaNode,
        placement.Strategy.Name(),
        placement.Chosen.Select(c => new ChosenDocument(c.Request, c.Address.ToString(), c.Policy.Name())).ToList()), Options);

    public static DomainPlacement Read(string json)
    {
        var d = JsonSerializer.Deserialize<PlacementDocument>(json, Options) ?? throw new InvalidDataException("An empty placement document.");
        return new DomainPlacement(
            new HostFilter(
                d.Hosts.Architecture is { } architecture ? InventoryNames.Architectures[architecture] : null,
                d.Hosts.Labels,
                d.Hosts.Names?.Select(HostName.Parse).ToList()),
            d.DeviceRequests.Select(w => new DeviceWanted(
                w.Name,
                w.Count,
                w.VendorId is { } vendor ? PciIds.ParseId(vendor) : null,
                w.DeviceId is { } device ? PciIds.ParseId(device) : null,
                w.ClassCode is { } prefix ? ClassCodePrefix.Parse(prefix) : null,
                w.Labels,
                w.RdmPolicy is { } policy ? LayoutNames.Policies[policy] : null)).ToList(),
            d.SameNumaNode,
            FleetNames.Strategies[d.Strategy],
            d.Devices.Select(c => new ChosenDevice(c.Request, PciAddress.Parse(c.Sbdf), LayoutNames.Policies[c.RdmPolicy])).ToList());
    }

    private sealed record PlacementDocument(HostsDocument Hosts, List<WantedDocument> DeviceRequests, bool SameNumaNode, string Strategy, List<ChosenDocument> Devices);

    private sealed record HostsDocument(string? Architecture, Dictionary<string, string> Labels, List<string>? Names);

    private sealed record WantedDocument(
        string Name, int Count, string? VendorId, string? DeviceId, string? ClassCode, Dictionary<string, string> Labels, string? RdmPolicy);

    private sealed record ChosenDocument(string Request, string Sbdf, string RdmPolicy);
}
