using System.Text.Json.Nodes;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Tests.Layout;

/// <summary>One scenario of tests/cases: a host inventory, a plan request and what must come out.</summary>
public sealed record LayoutCase(string Name, HostInventory Host, X86Request Request, JsonObject Expect)
{
    public override string ToString() => Name;

    public static IEnumerable<LayoutCase> Load(string file)
    {
        var path = Path.Combine(RepositoryPaths.Cases, file);
        File.Exists(path).ShouldBeTrue($"the layout scenarios are missing: {path}");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(c => new LayoutCase(
            c!["name"]!.GetValue<string>(), ReadHost(c["host"]!), ReadRequest(c["request"]!), c["expect"]!.AsObject()));
    }

    public static ulong Hex(JsonNode? node) =>
        HexNotation.TryParse(node!.GetValue<string>(), out var value) ? value : throw new FormatException(node.ToJsonString());

    private static HostInventory ReadHost(JsonNode host) => new(
        host["architecture"]!.GetValue<string>() == "arm64" ? CpuArchitecture.Arm64 : CpuArchitecture.X64,
        ByteSize.FromMiB(host["memoryMiB"]!.GetValue<ulong>()),
        host["physAddressBits"]!.GetValue<int>(),
        host["iommu"]!.GetValue<bool>(),
        new Dictionary<string, string>(),
        (host["devices"]?.AsArray() ?? []).Select(d => new PciDevice(
            PciAddress.Parse(d!["sbdf"]!.GetValue<string>()), null, d["iommuProtected"]?.GetValue<bool>() ?? true,
            (d["bars"]?.AsArray() ?? []).Select(b => new Bar(
                b!["index"]!.GetValue<int>(),
                InventoryNames.TryParseBarKind(b["kind"]!.GetValue<string>(), out var kind) ? kind : throw new FormatException(b.ToJsonString()),
                new ByteSize(Hex(b["size"])),
                b["is64Bit"]?.GetValue<bool>() ?? false,
                b["prefetchable"]?.GetValue<bool>() ?? false)).ToList())).ToList(),
        (host["reservedRegions"]?.AsArray() ?? []).Select(r => new ReservedRegion(
            new AddressRange(new PhysicalAddress(Hex(r!["start"])), new PhysicalAddress(Hex(r["end"]))),
            r["devices"]!.AsArray().Select(d => PciAddress.Parse(d!.GetValue<string>())).ToList())).ToList());

    private static X86Request ReadRequest(JsonNode request)
    {
        var vga = request["vga"] is { } v ? LayoutNames.Vgas[v.GetValue<string>()] : VgaModel.Cirrus;
        return ReadSettings(request, request["videoRamMiB"]?.GetValue<ulong>() ?? VideoRam.DefaultMiB(vga)) with
        {
            Emulated = new EmulatedDevices(
                vga,
                request["xenPlatformPci"]?.GetValue<bool>() ?? true,
                (request["nics"]?.AsArray() ?? []).Select(n => LayoutNames.Nics[n!["model"]!.GetValue<string>()]).ToList()),
            Passthrough = request["passthrough"]?.GetValue<string>() switch { "enabled" => true, "disabled" => false, _ => null },
            MaxMemMiB = request["maxmemMiB"]?.GetValue<ulong>(),
        };
    }

    private static X86Request ReadSettings(JsonNode request, ulong videoRamMiB) => new(
        request["memoryMiB"]!.GetValue<ulong>(),
        (request["devices"]?.AsArray() ?? []).Select(d => new DeviceRequest(
            PciAddress.Parse(d!["sbdf"]!.GetValue<string>()), Policy(d["rdmPolicy"]))).ToList(),
        VideoRamMiB: videoRamMiB,
        Hap: request["hap"]?.GetValue<bool>() ?? true,
        MmioHoleMiB: request["mmioHoleMiB"]?.GetValue<ulong>(),
        Strategy: request["rdm"]?["strategy"]?.GetValue<string>() == "host" ? RdmStrategy.Host : RdmStrategy.Ignore,
        GlobalPolicy: Policy(request["rdm"]?["policy"]),
        RdmMemBoundaryMiB: request["rdmMemBoundaryMiB"]?.GetValue<ulong>() ?? X86Request.DefaultRdmMemBoundaryMiB);

    private static RdmPolicy? Policy(JsonNode? node) => node?.GetValue<string>() switch
    {
        null => null,
        "strict" => RdmPolicy.Strict,
        "relaxed" => RdmPolicy.Relaxed,
        var other => throw new FormatException($"policy {other}"),
    };
}
