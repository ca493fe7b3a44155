using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Domain.Inventory;
using Placement.Domain.Pci;

namespace Placement.Api.Http;

/// <summary>A broken rule of a request: the field it concerns, a stable code, and what is wrong.</summary>
public sealed record Violation(string Field, string Code, string Message);

/// <summary>RFC 9457 problem responses, each with a stable <c>code</c>.</summary>
public static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string title, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: all);
    }

    /// <summary>
    /// 400 listing every broken rule twice over: <c>errors</c> (field → messages, as ASP.NET
    /// clients expect) and <c>violations</c> (field, code, message: for clients that switch on codes).
    /// </summary>
    public static ValidationProblem Validation(IReadOnlyList<Violation> violations) =>
        TypedResults.ValidationProblem(
            violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
            detail: "See errors (by field) or violations (with codes) for every rule the request breaks.",
            title: "The request is not valid.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed, ["violations"] = violations });

    public static ValidationProblem Validation(string field, string code, string message) => Validation([new Violation(field, code, message)]);

    public static ValidationProblem InvalidHostName() => Validation([HostNameInPath]);

    public static Violation HostNameInPath => new("host", ErrorCodes.InvalidHostName, $"The host in the path is not a host name: {HostName.Rule}.");

    /// <summary>A request for the other architecture: arm settings on an x86_64 host, or none on an arm64 one.</summary>
    public static ProblemHttpResult ArchitectureMismatch(HostName host, CpuArchitecture architecture) =>
        Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureMismatch, "The request is for another architecture.",
            architecture == CpuArchitecture.Arm64
                ? $"Host '{host}' is arm64: a domain for it has an arm section (\"arm\": {{}} for an ordinary domain) and none of the x86 settings."
                : $"Host '{host}' is x86_64: the arm section is for arm64 hosts.");

    public static ProblemHttpResult ArmDomainNotMigrated(Guid id) =>
        Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureNotSupported, "arm64 domains are not migrated.",
            $"Domain {id} is an arm64 domain: migration checks and moves are for x86_64 domains (a direct-mapped domain's memory is its host's).");

    public static ProblemHttpResult ArmNotPlaced() =>
        Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureNotSupported, "arm64 hosts are not placed yet.",
            "Placement chooses among x86_64 hosts: leave hosts.architecture out or set it to x86_64. For an arm64 domain, plan and create it on a named host.");

    public static ProblemHttpResult HostNotFound(HostName host) =>
        Of(StatusCodes.Status404NotFound, ErrorCodes.HostNotFound, "Host not found.", $"There is no host named '{host}'.");

    public static ProblemHttpResult DomainNotFound(Guid id) =>
        Of(StatusCodes.Status404NotFound, ErrorCodes.DomainNotFound, "Domain not found.", $"There is no domain {id}.");

    public static ValidationProblem InvalidDomainId() => Validation([DomainIdInPath]);

    public static Violation DeviceInPath =>
        new("sbdf", ErrorCodes.InvalidPciAddress, $"The device in the path is not a PCI address: {PciAddress.Rule}.");

    public static Violation DomainIdInPath =>
        new("id", ErrorCodes.InvalidDomainId, "The domain id in the path is not a UUID such as 0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4.");

    /// <summary>409: live domains use what the write would change or remove; each conflict names the part and the domain.</summary>
    public static ProblemHttpResult HostInUse(HostName host, IReadOnlyList<InventoryViolation> conflicts) =>
        Of(StatusCodes.Status409Conflict, ErrorCodes.HostInUse, "Live domains use what this write would change.",
            $"Host '{host}': {string.Join(" ", conflicts.Select(c => c.Message))}",
            new Dictionary<string, object?> { ["conflicts"] = conflicts.Select(c => new Violation(c.Path, c.Code, c.Message)).ToList() });

    public static ProblemHttpResult PoolHostNotFound(IReadOnlyList<string> hosts) =>
        Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.PoolHostNotFound, "The rdm pool names hosts that do not exist.",
            $"There is no host named {string.Join(", ", hosts.Select(h => $"'{h}'"))}.",
            new Dictionary<string, object?> { ["hosts"] = hosts });

    public static ProblemHttpResult PoolEmpty(string label) =>
        Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.PoolEmpty, "No host carries the rdm pool's label.",
            $"No host carries label {label}: the pool has no hosts.",
            new Dictionary<string, object?> { ["label"] = label });

    public static ProblemHttpResult IdempotencyKeyReused() =>
        Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.IdempotencyKeyReused, "The Idempotency-Key was used for another request.",
            "A key stands for one request: the same method, path and body. Use a new key for a new request.");

    public static ProblemHttpResult PreconditionFailed(long? currentGeneration) =>
        Of(StatusCodes.Status412PreconditionFailed, ErrorCodes.PreconditionFailed, "The host is not at the expected generation.",
            currentGeneration is { } g
                ? $"The host is at generation {g} (ETag \"{g}\"); read it again and retry with that If-Match."
                : "The host does not exist.",
            new Dictionary<string, object?> { ["currentGeneration"] = currentGeneration });
}
