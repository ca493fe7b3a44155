using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Placement.Api.Http;
using Placement.Domain.Imports;
using Placement.Api.Security;

namespace Placement.Api.Imports;

public static class ImportsApi
{
    /// <summary>The largest file read: a server's full lspci -vvv -xxxx or a long boot log is well under 1 MiB.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public static readonly string[] MediaTypes = ["text/plain", "application/octet-stream"];

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder routes)
    {
        var imports = routes.MapGroup("/v1/imports").WithTags("Imports");
        imports.MapPost("/inventory", ImportInventory).WithName("ImportInventory").RequireRole(Roles.Planner)
            .WithSummary("Read a host's inventory from a file it has")
            .WithDescription("Reads a DMAR table (binary, iasl text or acpidump text), an xl dmesg or Linux dmesg log, a sysfs " +
                "reserved_regions file or lspci output (-v to -vvv, with or without -nn and -xxxx) and answers what it tells of the host: reserved " +
                "regions with their devices, device scopes that need the live bus to resolve, PCI devices with their BARs, RAM, and warnings. " +
                "Send the file as it is (application/octet-stream for the binary table, text/plain otherwise), at most 4 MiB. format=auto " +
                "(the default) recognises it. Nothing is stored: merge the parts into the host's inventory and PUT it. A file that cannot be read " +
                "is a 400 import-unreadable naming the line (or byte offset) and what was expected there.")
            .Accepts<string>(MediaTypes[0], MediaTypes[1..])
            .Produces<InventoryImportResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return routes;
    }

    private static async Task<Results<Ok<InventoryImportResponse>, ValidationProblem, ProblemHttpResult>> ImportInventory(
        HttpRequest request, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        ImportFormat? chosen = null;
        if (format is not (null or "auto"))
        {
            if (!ImportFormats.TryParse(format, out var named))
            {
                return ImportProblems.UnknownFormat(format);
            }

            chosen = named;
        }

        var (content, problem) = await RawBody.ReadAsync(request, MaxFileBytes, MediaTypes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return InventoryImport.Read(chosen, content) switch
        {
            Imported imported => TypedResults.Ok(ImportMapping.ToResponse(imported.Inventory)),
            Unreadable unreadable => ImportProblems.Unreadable(unreadable.Failure),
            var other => throw new InvalidOperationException($"Unknown import outcome {other}."),
        };
    }
}
