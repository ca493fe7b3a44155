using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Placement.Api.Plans;

namespace Placement.Api.Domains;

[Description("Where the domain could move. targets omitted: every host of its architecture but its own.")]
public sealed record MigrationCheckBody(
    [property: Description("Hosts to check, each with the devices to attach there; at most 1000.")] List<MigrationTargetBody>? Targets,
    [property: Description("How many ranked results to return (default 100, at most 10000); evaluated counts them all.")] int? Limit);

public sealed record MigrationTargetBody(
    [property: Required, Description("A host name.")] string? Host,
    [property: Description("Devices to attach there; omitted: the same addresses and policies as now.")] List<DeviceRequestBody>? Devices);

[Description("Targets ranked: compatible first, then fewer warnings, then more free memory.")]
public sealed record MigrationCheckResponse(IReadOnlyList<TargetVerdictResponse> Results, [property: Description("How many targets were checked.")] int Evaluated);

public sealed record TargetVerdictResponse(
    string Host,
    [property: Description("compatible, compatible-with-warnings (relaxed conflicts only) or incompatible.")] string Verdict,
    long FreeMemoryMiB,
    [property: Description("Each device's outcome on that host.")] IReadOnlyList<DeviceOutcomeResponse> Devices,
    [property: Description("Every finding; info findings (region-not-reserved) change no verdict.")] IReadOnlyList<FindingResponse> Findings);

[Description("Move the domain to target with its layout; devices omitted: the same addresses and policies as now.")]
public sealed record MigrationBody(
    [property: Required, Description("The host to move to.")] string? Target,
    [property: Description("Devices to attach there.")] List<DeviceRequestBody>? Devices);
