using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Placement.Api.Domains;
using Placement.Api.Hosts;
using Placement.Api.Imports;
using Placement.Api.Limits;
using Placement.Api.Memory;
using Placement.Api.Placements;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Api.XlConfig;
using Placement.Domain.Inventory;

namespace Placement.Api.Hosting;

internal static class Examples
{
    private const string TraceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";

    /// <summary>Schema-level examples: one per body type, whichever operation carries it.</summary>
    private static readonly Dictionary<Type, object> ByType = new()
    {
        [typeof(HostInventoryBody)] = HostExamples.Inventory,
        [typeof(HostResponse)] = HostExamples.Host,
        [typeof(HostSummaryResponse)] = HostExamples.Summary,
        [typeof(Page<HostSummaryResponse>)] = HostExamples.Page,
        [typeof(PlanRequestBody)] = PlanExamples.Request,
        [typeof(PlanResponse)] = PlanExamples.Response,
        [typeof(PlacementRequestBody)] = PlacementExamples.Request,
        [typeof(PlacementResponse)] = PlacementExamples.Response,
        [typeof(DeviceRequestBody)] = DomainExamples.Hotplug,
        [typeof(DomainResponse)] = DomainExamples.Domain,
        [typeof(AssignmentResponse)] = DomainExamples.Assignment,
        [typeof(Page<DomainSummaryResponse>)] = DomainExamples.Page,
        [typeof(Page<AssignmentEventResponse>)] = DomainExamples.History,
        [typeof(Page<RefusalResponse>)] = DomainExamples.Refusals,
        [typeof(Page<PlacementRefusalResponse>)] = PlacementExamples.Refusals,
        [typeof(MigrationCheckBody)] = MigrationExamples.Check,
        [typeof(MigrationCheckResponse)] = MigrationExamples.Response,
        [typeof(MigrationBody)] = MigrationExamples.Move,
        [typeof(FragmentationResponse)] = ArmPlanExamples.Fragmentation,
        [typeof(InventoryImportResponse)] = ImportExamples.Response,
        [typeof(XlConfigImportResponse)] = XlConfigExamples.Import,
    };

    /// <summary>Problems particular to one operation; the others go by status (<see cref="ForProblem(int)"/>).</summary>
    private static readonly Dictionary<(string Operation, int Status), Func<ProblemDetails>> ByOperation = new()
    {
        [("CreateDomain", StatusCodes.Status409Conflict)] = () => DomainExamples.CreateRefused.ProblemDetails,
        [("CreatePlacedDomain", StatusCodes.Status409Conflict)] = () => PlacementExamples.NoHostFits.ProblemDetails,
        [("HotplugDevice", StatusCodes.Status409Conflict)] = () => DomainExamples.HotplugRefused.ProblemDetails,
        [("HotplugDevice", StatusCodes.Status422UnprocessableEntity)] = () => Problems.IdempotencyKeyReused().ProblemDetails,
        [("MigrateDomain", StatusCodes.Status409Conflict)] = () => MigrationExamples.Refused.ProblemDetails,
        [("CheckMigration", StatusCodes.Status409Conflict)] = () => DomainProblems.Destroyed(DomainExamples.Domain.Id).ProblemDetails,
        [("CheckMigration", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("PutHost", StatusCodes.Status409Conflict)] = () => DomainExamples.HostInUse.ProblemDetails,
        [("DeleteHost", StatusCodes.Status409Conflict)] = () => DomainExamples.HostInUse.ProblemDetails,
        [("GetDomain", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("DestroyDomain", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("HotplugDevice", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("DomainHistory", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("GetDomainDevice", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("UnplugDevice", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("RebootDomain", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("RebootDomain", StatusCodes.Status409Conflict)] = () => DomainProblems.Destroyed(DomainExamples.Domain.Id).ProblemDetails,
        [("CheckMigration", StatusCodes.Status422UnprocessableEntity)] = () => Problems.ArmDomainNotMigrated(DomainExamples.Domain.Id).ProblemDetails,
        [("MigrateDomain", StatusCodes.Status422UnprocessableEntity)] = () => Problems.ArmDomainNotMigrated(DomainExamples.Domain.Id).ProblemDetails,
        [("GetDomainXlConfig", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("GetDomainXlConfig", StatusCodes.Status422UnprocessableEntity)] = () => XlConfigProblems.NoXlConfigForArm(ArmPlanExamples.Domain.Id).ProblemDetails,
        [("GetDomainDeviceTree", StatusCodes.Status404NotFound)] = () => Problems.DomainNotFound(DomainExamples.Domain.Id).ProblemDetails,
        [("GetDomainDeviceTree", StatusCodes.Status422UnprocessableEntity)] = () => XlConfigProblems.NoDeviceTreeForX86(DomainExamples.Domain.Id).ProblemDetails,
        [("ImportXlConfig", StatusCodes.Status413PayloadTooLarge)] = () => RawBody.TooLarge(XlConfigApi.MaxBytes).ProblemDetails,

        // Each operation's 400 is one it answers: its own path, query or body broken (the offending input in the comment).
        [("ListHosts", StatusCodes.Status400BadRequest)] = InvalidPage, // ?limit=0&cursor=@@@
        [("GetHost", StatusCodes.Status400BadRequest)] = () => Problems.InvalidHostName().ProblemDetails, // /v1/hosts/Xen-R12-07
        [("PutHost", StatusCodes.Status400BadRequest)] = () => ValidationProblem, // reservedRegions[0].end = "0xab81dfff"
        [("DeleteHost", StatusCodes.Status400BadRequest)] = () => Problems.InvalidHostName().ProblemDetails,
        [("PlanDomain", StatusCodes.Status400BadRequest)] = () => Invalid(new PlanRequestValidator(), PlanExamples.Request with { Devices = [new(BadSbdf, "strict")] }),
        [("CreateDomain", StatusCodes.Status400BadRequest)] = () => Invalid(new CreateDomainValidator(new PlanRequestValidator()), PlanExamples.Request with { Name = null }),
        [("PlaceDomain", StatusCodes.Status400BadRequest)] = () => Invalid(new PlacementRequestValidator(), PlacementExamples.Request with { Limit = 0 }),
        [("CreatePlacedDomain", StatusCodes.Status400BadRequest)] = () => Invalid(new PlacedCreateValidator(), PlacementExamples.Request with { Name = null }),
        [("ListDomains", StatusCodes.Status400BadRequest)] = InvalidPage,
        [("GetDomain", StatusCodes.Status400BadRequest)] = () => Problems.InvalidDomainId().ProblemDetails, // /v1/domains/vm-42
        [("DestroyDomain", StatusCodes.Status400BadRequest)] = () => Problems.InvalidDomainId().ProblemDetails,
        [("RebootDomain", StatusCodes.Status400BadRequest)] = () => Problems.InvalidDomainId().ProblemDetails,
        [("HotplugDevice", StatusCodes.Status400BadRequest)] = () => Invalid(new DeviceRequestValidator(), DomainExamples.Hotplug with { Sbdf = BadSbdf }),
        [("GetDomainDevice", StatusCodes.Status400BadRequest)] = () => InvalidDevicePath,
        [("UnplugDevice", StatusCodes.Status400BadRequest)] = () => InvalidDevicePath,
        [("DomainHistory", StatusCodes.Status400BadRequest)] = InvalidPage,
        [("HostRefusals", StatusCodes.Status400BadRequest)] = InvalidPage,
        [("PlacementRefusals", StatusCodes.Status400BadRequest)] = InvalidPage,
        [("CheckMigration", StatusCodes.Status400BadRequest)] = () => Invalid(new MigrationCheckValidator(new DeviceRequestValidator()),
            MigrationExamples.Check with { Targets = [new MigrationTargetBody(BadHostName, null)] }),
        [("MigrateDomain", StatusCodes.Status400BadRequest)] = () => Invalid(new MigrationValidator(new DeviceRequestValidator()),
            MigrationExamples.Move with { Target = BadHostName }),
        [("HostFragmentation", StatusCodes.Status400BadRequest)] = () => Problems.InvalidHostName().ProblemDetails,
        [("ImportInventory", StatusCodes.Status400BadRequest)] = () => ImportProblems.UnknownFormat(BadImportFormat).ProblemDetails, // ?format=pdf
        [("ImportXlConfig", StatusCodes.Status400BadRequest)] = () => XlConfigExamples.SyntaxError.ProblemDetails, // two list items without a comma
        [("GetDomainXlConfig", StatusCodes.Status400BadRequest)] = () => Problems.InvalidDomainId().ProblemDetails,
        [("GetDomainDeviceTree", StatusCodes.Status400BadRequest)] = () => Problems.InvalidDomainId().ProblemDetails,
    };

    /// <summary>The text/plain request bodies and 200 bodies of operations that read or write a file (xl.cfg, device tree).</summary>
    private static readonly Dictionary<string, Func<(string? Request, string? Response)>> TextByOperation = new()
    {
        ["ImportXlConfig"] = () => (XlConfigExamples.File, null),
        ["GetDomainXlConfig"] = () => (null, XlConfigExamples.DomainXlConfig),
        ["GetDomainDeviceTree"] = () => (null, XlConfigExamples.DeviceTree),
    };

    /// <summary>Function 9 does not exist (0-7).</summary>
    private const string BadSbdf = "00:02.9";

    /// <summary>Not a format the service reads.</summary>
    private const string BadImportFormat = "pdf";

    /// <summary>Host names are lower-case.</summary>
    private const string BadHostName = "Xen-R12-08";

    /// <summary>
    /// Operations whose request or success body differs by architecture: each gets one named example
    /// per architecture, which Swagger UI offers in a menu (the schema keeps the x86_64 one).
    /// </summary>
    private static readonly Dictionary<string, Func<IReadOnlyDictionary<string, object>>> RequestsByOperation = new()
    {
        ["PutHost"] = () => new Dictionary<string, object> { ["x86_64"] = HostExamples.Inventory, ["arm64"] = ArmHostExamples.Inventory },
        ["PlanDomain"] = PlanRequestsByArchitecture,
        ["CreateDomain"] = PlanRequestsByArchitecture,
    };

    private static readonly Dictionary<string, Func<IReadOnlyDictionary<string, object>>> ResponsesByOperation = new()
    {
        ["PutHost"] = HostsByArchitecture,
        ["GetHost"] = HostsByArchitecture,
        ["PlanDomain"] = () => new Dictionary<string, object> { ["x86_64"] = PlanExamples.Response, ["arm64 direct-mapped"] = ArmPlanExamples.Response },
        ["CreateDomain"] = DomainsByArchitecture,
        ["GetDomain"] = DomainsByArchitecture,
    };

    public static object? For(Type type) => ByType.GetValueOrDefault(type);

    /// <summary>An operation's text/plain request and 200 examples; nulls when it has none.</summary>
    public static (string? Request, string? Response) Text(string? operation) =>
        operation is not null && TextByOperation.TryGetValue(operation, out var examples) ? examples() : (null, null);

    /// <summary>The named examples of an operation's request body, or null when one example fits all.</summary>
    public static IReadOnlyDictionary<string, object>? NamedRequests(string? operation) =>
        operation is not null && RequestsByOperation.TryGetValue(operation, out var examples) ? examples() : null;

    /// <summary>The named examples of an operation's 200 and 201 bodies, or null when one example fits all.</summary>
    public static IReadOnlyDictionary<string, object>? NamedResponses(string? operation) =>
        operation is not null && ResponsesByOperation.TryGetValue(operation, out var examples) ? examples() : null;

    /// <summary>
    /// Problem examples go by status code, not type: every problem is a <see cref="ProblemDetails"/>, and a
    /// 412 must not show a 404's body. Each is the problem the service writes for that status.
    /// </summary>
    public static ProblemDetails? ForProblem(string? operation, int status) =>
        operation is not null && ByOperation.TryGetValue((operation, status), out var example) ? Traced(example()) : ForProblem(status);

    public static ProblemDetails? ForProblem(int status) => status switch
    {
        // 401 and 403 carry the codes the authentication part answers with (ADR 0023).
        StatusCodes.Status401Unauthorized => Traced(Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", "A valid bearer token is required.").ProblemDetails),
        StatusCodes.Status403Forbidden => Traced(Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "The caller's role may not do this.").ProblemDetails),
        StatusCodes.Status405MethodNotAllowed => Traced(Problems.Of(StatusCodes.Status405MethodNotAllowed, "method-not-allowed", "The path does not take this method.").ProblemDetails),
        StatusCodes.Status415UnsupportedMediaType => Traced(Problems.Of(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "Unsupported Media Type",
            "The body must be application/json.").ProblemDetails),
        StatusCodes.Status404NotFound => Traced(Problems.HostNotFound(HostName.Parse(HostExamples.Host.Name)).ProblemDetails),
        StatusCodes.Status413PayloadTooLarge => Traced(RawBody.TooLarge(ImportsApi.MaxFileBytes).ProblemDetails),
        StatusCodes.Status412PreconditionFailed => Traced(Problems.PreconditionFailed(HostExamples.Host.Generation).ProblemDetails),
        StatusCodes.Status422UnprocessableEntity => Traced(PlanExamples.ArchitectureMismatch.ProblemDetails),
        StatusCodes.Status429TooManyRequests => Traced(LoadProblems.RateLimited(new LimitOptions()).ProblemDetails),
        StatusCodes.Status503ServiceUnavailable => Traced(DatabaseProblems.Unavailable()),
        _ => null,
    };

    private static HttpValidationProblemDetails ValidationProblem => new(new Dictionary<string, string[]>
    {
        ["reservedRegions[0].end"] = ["end 0xab81dfff is not 4 KiB aligned. end is exclusive: for an inclusive end of 0xab81dfff write 0xab81e000."],
    })
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = "The request is not valid.",
        Status = StatusCodes.Status400BadRequest,
        Detail = "See errors (by field) or violations (with codes) for every rule the request breaks.",
        Extensions =
        {
            ["code"] = ErrorCodes.ValidationFailed,
            ["violations"] = new[]
            {
                new Violation("reservedRegions[0].end", "region-not-aligned", "end 0xab81dfff is not 4 KiB aligned. end is exclusive: for an inclusive end of 0xab81dfff write 0xab81e000."),
            },
            ["traceId"] = TraceId,
        },
    };

    /// <summary>The 400 a body gets from the validator its endpoint runs.</summary>
    private static HttpValidationProblemDetails Invalid<T>(IValidator<T> validator, T body) =>
        Problems.Validation(validator.Validate(body).Errors.Select(e => new Violation(e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToList()).ProblemDetails;

    /// <summary>The 400 of a listing given limit=0 and a cursor it never issued.</summary>
    private static HttpValidationProblemDetails InvalidPage()
    {
        var violations = new List<Violation>();
        Paging.Check(0, "@@@", _ => true, violations, out _);
        return Problems.Validation(violations).ProblemDetails;
    }

    /// <summary>A device path of a real domain with no PCI address in it (/v1/domains/{id}/devices/00:02.9).</summary>
    private static HttpValidationProblemDetails InvalidDevicePath => Problems.Validation([Problems.DeviceInPath]).ProblemDetails;

    private static Dictionary<string, object> PlanRequestsByArchitecture() =>
        new() { ["x86_64"] = PlanExamples.Request, ["arm64 direct-mapped"] = ArmPlanExamples.Request };

    private static Dictionary<string, object> DomainsByArchitecture() =>
        new() { ["x86_64"] = DomainExamples.Domain, ["arm64 direct-mapped"] = ArmPlanExamples.Domain };

    private static Dictionary<string, object> HostsByArchitecture() =>
        new() { ["x86_64"] = HostExamples.Host, ["arm64"] = ArmHostExamples.Host };

    /// <summary>The traceId the problem details service adds when it writes a problem.</summary>
    private static ProblemDetails Traced(ProblemDetails problem)
    {
        problem.Extensions["traceId"] = TraceId;
        return problem;
    }
}
