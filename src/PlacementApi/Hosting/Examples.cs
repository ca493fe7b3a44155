using Microsoft.AspNetCore.Mvc;
using Placement.Api.Hosts;
using Placement.Api.Http;
using Placement.Api.Plans;

namespace Placement.Api.Hosting;

internal static class Examples
{
    private static readonly Dictionary<Type, object> ByType = new()
    {
        [typeof(HostInventoryBody)] = HostExamples.Inventory,
        [typeof(HostResponse)] = HostExamples.Host,
        [typeof(HostSummaryResponse)] = HostExamples.Summary,
        [typeof(Page<HostSummaryResponse>)] = HostExamples.Page,
        [typeof(PlanRequestBody)] = PlanExamples.Request,
        [typeof(PlanResponse)] = PlanExamples.Response,
        [typeof(HttpValidationProblemDetails)] = ValidationProblem,
        [typeof(ProblemDetails)] = HostNotFound,
    };

    public static object? For(Type type) => ByType.GetValueOrDefault(type);

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
            ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        },
    };

    private static ProblemDetails HostNotFound => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Host not found.",
        Status = StatusCodes.Status404NotFound,
        Detail = "There is no host named 'xen-r12-07'.",
        Extensions = { ["code"] = ErrorCodes.HostNotFound, ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00" },
    };
}
