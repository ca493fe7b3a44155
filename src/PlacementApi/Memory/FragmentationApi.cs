using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Api.Hosts;
using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;
using Placement.Api.Security;

namespace Placement.Api.Memory;

[Description("How fragmented an arm64 host's memory is. Sizes are bytes in hex.")]
public sealed record FragmentationResponse(
    string Host,
    [property: Description("Blocks a direct-mapped domain could take: usable RAM free of live static banks.")] FreeBlocksResponse Free,
    [property: Description("The same, inside the direct-map pool; null when the host has none.")] FreeBlocksResponse? Pool,
    [property: Description("The heap ordinary domains draw from: usable RAM outside the pool and every static bank, live or left by destroyed domains.")] HeapResponse Heap);

public sealed record FreeBlocksResponse(string Size, int Blocks, [property: Description("Null when nothing is free.")] AddressRangeResponse? LargestBlock);

public sealed record HeapResponse(string Capacity, [property: Description("Held by live ordinary domains.")] string Used, string Free);

public static class FragmentationApi
{
    public static IEndpointRouteBuilder MapFragmentation(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/hosts/{host}/fragmentation", GetFragmentation).WithTags("Fragmentation").WithName("HostFragmentation").RequireRole(Roles.Reader)
            .WithSummary("Fragmentation of an arm64 host's memory")
            .WithDescription("Free memory, the number of free blocks and the largest one, for direct-mapped domains (all of it and the " +
                "direct-map pool's) and the heap of ordinary domains. 422 architecture-not-supported for an x86_64 host.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return routes;
    }

    private static async Task<Results<Ok<FragmentationResponse>, ValidationProblem, ProblemHttpResult>> GetFragmentation(
        HostName host, HostStore hosts, DomainReader domains, CancellationToken cancellationToken)
    {
        if (await hosts.FindAsync(host, cancellationToken) is not { } stored)
        {
            return Problems.HostNotFound(host);
        }

        return ReportFragmentation.Decide(stored.Inventory, await domains.UsageAsync(host, cancellationToken)) switch
        {
            FragmentationOutcome.Reported reported => TypedResults.Ok(ToResponse(host, reported.Report)),
            _ => Problems.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureNotSupported, "Fragmentation is reported for arm64 hosts.",
                $"Host '{host}' is x86_64: its domains take memory by size, not at addresses."),
        };
    }

    internal static FragmentationResponse ToResponse(HostName host, HostFragmentation report) => new(
        host.Value,
        ToResponse(report.Free),
        report.Pool is { } pool ? ToResponse(pool) : null,
        new HeapResponse(report.HeapCapacity.ToString(), report.HeapUsed.ToString(), report.HeapFree.ToString()));

    private static FreeBlocksResponse ToResponse(FragmentationReport report) => new(
        report.Free.ToString(),
        report.Blocks,
        report.LargestBlock is { } largest ? new AddressRangeResponse(largest.Start.ToString(), largest.End.ToString()) : null);
}
