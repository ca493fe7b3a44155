using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Placement.Api.Http;

/// <summary>
/// Route values bind to domain types through their <c>TryParse</c> (<c>{host}</c> a HostName, <c>{id}</c> a
/// Guid, <c>{sbdf}</c> a PciAddress). A value that does not parse fails the binding before the handler
/// runs; this turns the framework's exception into the 400 that names the parameter and its rule.
/// </summary>
internal static partial class PathParameters
{
    private static readonly Dictionary<string, Violation> Rules = new(StringComparer.Ordinal)
    {
        ["host"] = Problems.HostNameInPath,
        ["id"] = Problems.DomainIdInPath,
        ["sbdf"] = Problems.DeviceInPath,
    };

    public static ProblemDetails? Problem(HttpContext context, BadHttpRequestException exception) =>
        BindingFailure().Match(exception.Message) is { Success: true } failure
        && failure.Groups["name"].Value is var name
        && context.Features.Get<IExceptionHandlerFeature>()?.RouteValues?.ContainsKey(name) == true
        && Rules.TryGetValue(name, out var violation)
            ? Problems.Validation([violation]).ProblemDetails
            : null;

    // The exception handler has cleared the request's route values; its feature keeps them.
    // The framework's words: Failed to bind parameter "HostName host" from "Xen-R12-07".
    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>\w+)" from """)]
    private static partial Regex BindingFailure();
}
