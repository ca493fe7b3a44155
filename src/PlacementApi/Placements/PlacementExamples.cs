using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Domains;
using Placement.Api.Hosts;
using Placement.Api.Plans;
using Placement.Domain.UseCases;

namespace Placement.Api.Placements;

/// <summary>Swagger's examples of a placement: 4 GiB and one A100 on a host of rack r12.</summary>
internal static class PlacementExamples
{
    public static readonly PlacementRequestBody Request = new(
        Name: "vm-42",
        MemoryMiB: 4096,
        VideoRamMiB: null,
        Hap: null,
        MmioHoleMiB: null,
        Rdm: new RdmBody("host", "relaxed"),
        RdmMemBoundaryMiB: null,
        Firmware: null,
        Hosts: new HostFilterBody("x86_64", new Dictionary<string, string> { ["rack"] = "r12" }, null),
        DeviceRequests: [new DeviceWantedBody("gpu", 1, "0x10de", "0x20b0", "0x0302", new Dictionary<string, string> { ["model"] = "a100" }, "strict")],
        SameNumaNode: false,
        Strategy: "spread",
        Limit: 10);

    public static readonly PlacementResponse Response = new(
        [
            new CandidateResponse(
                "xen-r12-07",
                [new ChosenDeviceResponse("gpu", "0000:65:00.0", "strict")],
                "assigned",
                [],
                61440,
                new CandidateLayoutResponse("0xab800000", "0x154800000", "0xf0000000")),
        ],
        412,
        new Dictionary<string, int> { ["insufficient-memory"] = 37, ["no-matching-device"] = 361, ["rdm-conflict"] = 13 });

    /// <summary>The same placement once every host of rack r12 with a free A100 is full: no host can take it.</summary>
    private static readonly Dictionary<string, int> FullRack = new() { ["insufficient-memory"] = 49, ["no-matching-device"] = 361, ["rdm-conflict"] = 2 };

    public static ProblemHttpResult NoHostFits => PlacementProblems.NoHostFits(new PlacementOutcome.Placed([], 412, FullRack), 7);

    public static Page<PlacementRefusalResponse> Refusals => new(
        [new PlacementRefusalResponse(7, Request with { VideoRamMiB = 8, Hap = true, MmioHoleMiB = 256, RdmMemBoundaryMiB = 2048, Firmware = "seabios", Limit = null },
            412, FullRack, DomainExamples.Created.AddHours(2))],
        null);
}
