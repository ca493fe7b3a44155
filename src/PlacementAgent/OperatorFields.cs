using System.Text.Json;

namespace Placement.Agent;

/// <summary>
/// What an operator gives a host through the service and the agent cannot read from the host:
/// the host's labels, and each device's description and labels by PCI address.
/// </summary>
internal sealed record OperatorFields(
    IReadOnlyDictionary<string, string>? Labels,
    IReadOnlyDictionary<string, (string? Description, IReadOnlyDictionary<string, string>? Labels)> Devices)
{
    /// <summary>Reads them from the service's answer to <c>GET /v1/hosts/{host}</c>; what it lacks reads as none.</summary>
    public static OperatorFields Read(string hostJson)
    {
        using var document = JsonDocument.Parse(hostJson);
        var root = document.RootElement;
        var devices = new Dictionary<string, (string?, IReadOnlyDictionary<string, string>?)>(StringComparer.Ordinal);
        if (root.TryGetProperty("devices", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var device in list.EnumerateArray())
            {
                if (device.TryGetProperty("sbdf", out var sbdf) && sbdf.GetString() is { } address)
                {
                    var description = device.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                    devices[address] = (description, LabelsOf(device));
                }
            }
        }

        return new OperatorFields(LabelsOf(root), devices);
    }

    // An empty label set is left out rather than sent as {}: the same inventory either way.
    private static Dictionary<string, string>? LabelsOf(JsonElement element) =>
        element.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Object && labels.EnumerateObject().Any()
            ? labels.EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString() ?? "", StringComparer.Ordinal)
            : null;
}
