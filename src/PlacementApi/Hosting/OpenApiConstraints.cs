using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Placement.Api.Domains;
using Placement.Api.Hosts;
using Placement.Api.Placements;
using Placement.Api.Plans;
using Placement.Domain.Arm;
using Placement.Domain.Domains;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Persistence.Domains;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Placement.Api.Hosting;

/// <summary>
/// The formats, patterns, enums and bounds of the bodies, taken from the names and limits the
/// validators and the domain use (never restated by hand): a client generated from the document
/// knows what the service accepts and answers.
/// </summary>
internal sealed class ConstraintSchemaFilter : ISchemaFilter
{
    /// <summary>Lower-case 0x-hex, as every address and size of a response is written.</summary>
    public const string HexPattern = "^0x[0-9a-f]+$";

    /// <summary>A canonical PCI address of a response: SSSS:BB:DD.F, lower-case.</summary>
    public const string SbdfPattern = "^[0-9a-f]{4}:[0-9a-f]{2}:[01][0-9a-f]\\.[0-7]$";

    /// <summary>What <see cref="Domain.Pci.PciAddress"/> reads: [SSSS:]BB:DD.F in hex, device at most 1f, function at most 7.</summary>
    public const string SbdfRequestPattern = "^([0-9a-fA-F]{1,4}:)?[0-9a-fA-F]{1,2}:[01]?[0-9a-fA-F]\\.[0-7]$";

    /// <summary>What <see cref="HostName.IsValid"/> accepts.</summary>
    public const string HostNamePattern = "^[a-z0-9][a-z0-9.-]{0,62}$";

    private static readonly HashSet<string> HexMembers =
        ["start", "end", "size", "lowMemEnd", "highMemEnd", "mmioHoleStart", "base", "distributorBase", "cpuInterfaceBase", "capacity", "used", "free", "address"];

    /// <summary>Members of every response by name; a member of that name means the same thing throughout.</summary>
    private static readonly Dictionary<string, Action<OpenApiSchema>> ResponseMembers = new(StringComparer.Ordinal)
    {
        ["sbdf"] = s => s.Pattern = SbdfPattern,
        ["hostSbdf"] = s => s.Pattern = SbdfPattern,
        ["host"] = s => s.Pattern = HostNamePattern,
        ["fromHost"] = s => s.Pattern = HostNamePattern,
        ["architecture"] = Enum(InventoryNames.ArchitectureNames),
        ["rdmPolicy"] = Enum(LayoutNames.Policies.Keys),
        ["severity"] = Enum(Names<Severity>(s => s.Name())),
        ["state"] = Enum(Names<DomainState>(s => s.Name())),
        ["window"] = Enum(Names<BarWindow>(w => w.Name())),
    };

    /// <summary>Members whose meaning depends on the type (a kind of BAR, a kind of history line).</summary>
    private static readonly Dictionary<(Type Type, string Member), Action<OpenApiSchema>> Members = new()
    {
        [(typeof(HostResponse), "name")] = s => s.Pattern = HostNamePattern,
        [(typeof(HostSummaryResponse), "name")] = s => s.Pattern = HostNamePattern,
        [(typeof(AssignmentResponse), "outcome")] = Enum(Names<AssignmentOutcome>(o => o.Name())),
        [(typeof(DeviceOutcomeResponse), "outcome")] = Enum(Names<AssignmentOutcome>(o => o.Name())),
        [(typeof(AssignmentEventResponse), "outcome")] = Enum(Names<AssignmentOutcome>(o => o.Name())),
        [(typeof(AssignmentEventResponse), "kind")] = Enum(Names<AssignmentEventKind>(k => k.Name())),
        [(typeof(BarResponse), "kind")] = Enum(InventoryNames.BarKindNames),
        [(typeof(MemoryRangeResponse), "type")] = Enum(Names<MemoryType>(t => t.Name())),
        [(typeof(ReservedDeviceMemoryResponse), "policy")] = Enum(LayoutNames.Policies.Keys),
        [(typeof(ReservedDeviceMemoryResponse), "source")] = Enum(Names<RdmSource>(s => s.Name())),
        [(typeof(ReservedDeviceMemoryResponse), "status")] = Enum(Names<RdmStatus>(s => s.Name())),
        [(typeof(DomainPlacementResponse), "strategy")] = Enum(FleetNames.Strategies.Keys),

        // Requests: the validators' rules.
        [(typeof(HostInventoryBody), "architecture")] = Enum(InventoryNames.ArchitectureNames),
        [(typeof(HostInventoryBody), "memoryMiB")] = Between(1, HostMapping.MaxMemoryMiB),
        [(typeof(HostInventoryBody), "physAddressBits")] = Between(InventoryRules.MinPhysAddressBits, InventoryRules.MaxPhysAddressBits),
        [(typeof(HostInventoryBody), "devices")] = s => s.MaxItems = InventoryRules.MaxDevices,
        [(typeof(HostInventoryBody), "reservedRegions")] = s => s.MaxItems = InventoryRules.MaxReservedRegions,
        [(typeof(HostInventoryBody), "labels")] = s => s.MaxProperties = InventoryRules.MaxLabels,
        [(typeof(DeviceBody), "sbdf")] = s => s.Pattern = SbdfRequestPattern,
        [(typeof(DeviceBody), "description")] = s => s.MaxLength = InventoryRules.MaxDescriptionLength,
        [(typeof(DeviceBody), "numaNode")] = Between(0, InventoryRules.MaxNumaNode),
        [(typeof(DeviceBody), "mmio")] = s => s.MaxItems = ArmPlatformRules.MaxDeviceMmioRanges,
        [(typeof(DeviceBody), "spis")] = s => s.MaxItems = ArmPlatformRules.MaxDeviceSpis,
        [(typeof(DeviceBody), "labels")] = s => s.MaxProperties = InventoryRules.MaxLabels,
        [(typeof(BarBody), "kind")] = Enum(InventoryNames.BarKindNames),
        [(typeof(PlanRequestBody), "memoryMiB")] = Between(1, PlanRequestValidator.MaxMemoryMiB),
        [(typeof(PlanRequestBody), "videoRamMiB")] = Between(0, PlanRequestValidator.MaxMemoryMiB),
        [(typeof(PlanRequestBody), "mmioHoleMiB")] = Between((long)X86Request.MinMmioHoleMiB, (long)X86Request.MaxMmioHoleMiB),
        [(typeof(PlanRequestBody), "rdmMemBoundaryMiB")] = Between((long)X86Request.MinRdmMemBoundaryMiB, PlanRequestValidator.MaxMemoryMiB),
        [(typeof(PlanRequestBody), "maxMemMiB")] = Between(1, PlanRequestValidator.MaxMemoryMiB),
        [(typeof(PlanRequestBody), "firmware")] = Enum(LayoutNames.Firmwares.Keys),
        [(typeof(PlanRequestBody), "vga")] = Enum(LayoutNames.Vgas.Keys),
        [(typeof(PlanRequestBody), "passthrough")] = Enum(PlanRequestValidator.Passthroughs),
        [(typeof(PlanRequestBody), "devices")] = s => s.MaxItems = PlanRequestValidator.MaxDevices,
        [(typeof(PlanRequestBody), "nics")] = s => s.MaxItems = EmulatedDevices.MaxNics,
        [(typeof(NicBody), "model")] = Enum(LayoutNames.Nics.Keys),
        [(typeof(RdmBody), "strategy")] = Enum(LayoutNames.Strategies.Keys),
        [(typeof(RdmBody), "policy")] = Enum(LayoutNames.Policies.Keys),
        [(typeof(RdmBody), "hosts")] = s => s.MaxItems = RdmBodyValidator.MaxPoolHosts,
        [(typeof(RdmBody), "regions")] = s => s.MaxItems = RdmBodyValidator.MaxRegions,
        [(typeof(DeviceRequestBody), "sbdf")] = s => s.Pattern = SbdfRequestPattern,
        [(typeof(DeviceRequestBody), "rdmPolicy")] = Enum(LayoutNames.Policies.Keys),
        [(typeof(ArmRequestBody), "vcpus")] = Between(1, ArmOptions.MaxVcpus),
        [(typeof(ArmRequestBody), "allocation")] = Enum(ArmNames.Allocations.Keys),
        [(typeof(ArmRequestBody), "staticMemory")] = s => s.MaxItems = ArmOptions.MaxBanks,
        [(typeof(PlacementRequestBody), "strategy")] = Enum(FleetNames.Strategies.Keys),
        [(typeof(PlacementRequestBody), "limit")] = Between(1, PlacementRequestValidator.MaxLimit),
        [(typeof(PlacementRequestBody), "deviceRequests")] = s => s.MaxItems = PlacementRequestValidator.MaxDeviceRequests,
        [(typeof(MigrationCheckBody), "targets")] = s => (s.MinItems, s.MaxItems) = (1, MigrationCheckValidator.MaxTargets),
        [(typeof(MigrationCheckBody), "limit")] = Between(1, MigrationCheckValidator.MaxLimit),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties })
        {
            return;
        }

        var response = context.Type.Name.EndsWith("Response", StringComparison.Ordinal);
        foreach (var (name, member) in properties)
        {
            if (member is not OpenApiSchema concrete)
            {
                continue;
            }

            if (Members.TryGetValue((context.Type, name), out var constrain)
                || (response && ResponseMembers.TryGetValue(name, out constrain))
                || (response && HexMembers.Contains(name) && IsString(concrete) && (constrain = s => s.Pattern = HexPattern) is not null))
            {
                constrain(concrete);
            }
        }
    }

    private static bool IsString(OpenApiSchema schema) => schema.Type is { } type && type.HasFlag(JsonSchemaType.String);

    private static string[] Names<T>(Func<T, string> name)
        where T : struct, System.Enum => [.. System.Enum.GetValues<T>().Select(name).Distinct()];

    private static Action<OpenApiSchema> Enum(IEnumerable<string> names) =>
        s => s.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];

    private static Action<OpenApiSchema> Between(long minimum, long maximum) => s =>
    {
        s.Minimum = minimum.ToString(CultureInfo.InvariantCulture);
        s.Maximum = maximum.ToString(CultureInfo.InvariantCulture);
    };
}

/// <summary>The bounds and names of the listings' query parameters: the page size and the filters.</summary>
internal sealed class QueryConstraintOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is not OpenApiParameter { In: ParameterLocation.Query, Schema: OpenApiSchema schema } query)
            {
                continue;
            }

            switch (query.Name)
            {
                case "limit":
                    schema.Minimum = "1";
                    schema.Maximum = Http.Paging.MaxPageSize.ToString(CultureInfo.InvariantCulture);
                    break;
                case "architecture":
                    schema.Enum = [.. InventoryNames.ArchitectureNames.Select(n => (JsonNode)JsonValue.Create(n))];
                    break;
                case "state":
                    schema.Enum = [.. System.Enum.GetValues<DomainState>().Select(s => (JsonNode)JsonValue.Create(s.Name()))];
                    break;
                case "host":
                    schema.Pattern = ConstraintSchemaFilter.HostNamePattern;
                    break;
            }
        }
    }
}
