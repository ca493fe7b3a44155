using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Placement.Api.Plans;

namespace Placement.Api.Domains;

[Description("Where the domain could move. targets omitted: every host of its architecture but its own.")]
public sealed record MigrationCheckBody(
    [property: Description("Hosts to check, each with the devices to attach there; at most 1000.")] List<MigrationTargetBody>? Targets,
    [property: Description("How many ranked results to return (default 100, at most 10000); evaluated counts them all.")] int? Limit);

public sealed record MigrationTargetBody(
    [property: Required, Description("A host name.")] string? Host,
    [property: Description(MigrationContracts.Mapped)] List<DeviceRequestBody>? Devices);

[Description("Targets ranked: compatible first, then fewer warnings, then more free memory.")]
public sealed record MigrationCheckResponse(IReadOnlyList<TargetVerdictResponse> Results, [property: Description("How many targets were checked.")] int Evaluated);

public sealed record TargetVerdictResponse(
    string Host,
    [property: Description("compatible, compatible-with-warnings (relaxed conflicts only) or incompatible.")] string Verdict,
    long FreeMemoryMiB,
    [property: Description("Each device's outcome on that host; from says which of the domain's devices it stands for when the devices were mapped.")]
    IReadOnlyList<MovedDeviceResponse> Devices,
    [property: Description("Every finding; info findings (region-not-reserved) change no verdict.")] IReadOnlyList<FindingResponse> Findings);

[Description("Move the domain to target with its layout.")]
public sealed record MigrationBody(
    [property: Required, Description("The host to move to.")] string? Target,
    [property: Description(MigrationContracts.Mapped)] List<DeviceRequestBody>? Devices);

[Description("A device to attach on a target host.")]
public sealed record MovedDeviceResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull),
        Description("The domain's device on its host that this one stands for; absent when the request named the devices.")] string? From,
    [property: Description("The device on the target host.")] string Sbdf,
    string RdmPolicy,
    [property: Description("assigned, assigned-with-warnings or refused.")] string Outcome,
    IReadOnlyList<FindingResponse> Findings);

internal static class MigrationContracts
{
    public const string Mapped = "Devices to attach there. Omitted: the domain's devices with their policies, each at the same address " +
        "if the device there is of the same model (vendorId and deviceId, both known) and free; else on a free device of that model, chosen " +
        "as a placement chooses (fewest findings against the domain's layout, then no reserved regions, then NUMA node, then lowest address); " +
        "else at the same address. A device of unknown model keeps its address.";
}
