using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Arm;
using Placement.Domain.Layout;
using Placement.Domain.XlConfig;
using Placement.Persistence.Domains;
using Placement.Api.Security;

namespace Placement.Api.XlConfig;

/// <summary>xl.cfg in (an import that stores nothing) and out (a domain's xl.cfg, or an arm64 domain's device-tree node).</summary>
public static class XlConfigApi
{
    /// <summary>The largest xl.cfg read, in bytes: real ones are well under 4 KiB.</summary>
    public const long MaxBytes = 64 * 1024;

    private const string Text = "text/plain";

    public static IEndpointRouteBuilder MapXlConfig(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/v1/imports").WithTags("Imports")
            .MapPost("/xl-config", Import).WithName("ImportXlConfig").RequireRole(Roles.Planner)
            .Accepts<string>(Text)
            .WithSummary("Read an xl.cfg into a plan/create request")
            .WithDescription("Reads the xl.cfg as xl's libxlutil does (syntax, numbers, pci= and rdm= specs) and answers the request the plan and " +
                "create endpoints take, with notes: keys the service does not use, values xl refuses or ignores, pci options the request has no field " +
                "for, and where current xl differs from its documentation (xl 4.15 onward drops an rdm= with policy=; strategy=host alone leaves the " +
                $"policy undefined). Stores nothing. Send the file as text/plain, at most {MaxBytes / 1024} KiB. A file xl cannot read is a 400 import-unreadable naming the line and what was expected there.")
            .Produces<XlConfigImportResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        var domains = routes.MapGroup("/v1/domains").WithTags("Domains");
        domains.MapGet("/{id}/xl-config", GetXlConfig).WithName("GetDomainXlConfig").RequireRole(Roles.Reader)
            .WithSummary("Read a domain's xl.cfg")
            .WithDescription("The xl.cfg lines that make xl build the domain's layout: memory, maxmem, vga, videoram, mmio_hole (the hole the layout " +
                "was built with: the smallest sufficient one, mmioHoleMiBNeeded, when they agree), rdm and rdm_mem_boundary, and pci with each device's " +
                "rdm_policy, written the way xl 4.15 onward reads them (docs/decisions/0021). An arm64 domain answers 422: its node is at /device-tree.")
            .Produces<string>(StatusCodes.Status200OK, Text)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        domains.MapGet("/{id}/device-tree", GetDeviceTree).WithName("GetDomainDeviceTree").RequireRole(Roles.Reader)
            .WithSummary("Read an arm64 domain's device-tree node")
            .WithDescription("The dom0less domain node Xen boots the arm64 domain from (the layout's deviceTree). An x86_64 domain answers 422: its xl.cfg is at /xl-config.")
            .Produces<string>(StatusCodes.Status200OK, Text)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return routes;
    }

    private static async Task<Results<Ok<XlConfigImportResponse>, ProblemHttpResult>> Import(HttpRequest request, CancellationToken cancellationToken)
    {
        var (content, problem) = await RawBody.ReadAsync(request, MaxBytes, [Text], cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return XlConfigImport.Read(Encoding.UTF8.GetString(content!)) switch
        {
            XlImported imported => TypedResults.Ok(imported.Import.ToResponse()),
            XlUnreadable unreadable => XlConfigProblems.Unreadable(unreadable.Failure),
            _ => throw new InvalidOperationException("Unknown import outcome."),
        };
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetXlConfig(
        Guid id, DomainReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(id, cancellationToken) switch
        {
            null => Problems.DomainNotFound(id),
            { Request: X86Request request, Layout: DomainLayout layout } domain => TypedResults.Text(XlConfigWriter.Write(domain.Name, request, layout), Text, Encoding.UTF8),
            _ => XlConfigProblems.NoXlConfigForArm(id),
        };

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetDeviceTree(
        Guid id, DomainReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(id, cancellationToken) switch
        {
            null => Problems.DomainNotFound(id),
            { Layout: ArmLayout layout } => TypedResults.Text(layout.DeviceTree, Text, Encoding.UTF8),
            _ => XlConfigProblems.NoDeviceTreeForX86(id),
        };

    internal static XlConfigImportResponse ToResponse(this XlImport import) =>
        new(import.Request.ToBody(import.Name), import.Notes.Select(n => new XlConfigNoteResponse(n.Code, n.Message, n.Line)).ToList());
}
