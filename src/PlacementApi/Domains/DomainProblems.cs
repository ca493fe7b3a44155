using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Api.Plans;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Api.Domains;

/// <summary>The problems of domain writes. Refusals carry the findings a plan would show, and the history line that records them.</summary>
internal static class DomainProblems
{
    public static ProblemHttpResult Refused(IReadOnlyList<DeviceOutcome> devices, IReadOnlyList<Finding> findings, long refusalId) =>
        Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.DomainRefused, "The domain cannot be created: nothing was created.",
            Errors(findings),
            new Dictionary<string, object?>
            {
                ["refusalId"] = refusalId,
                ["devices"] = devices.Select(d => d.ToResponse()).ToList(),
                ["findings"] = findings.Select(f => f.ToResponse()).ToList(),
            });

    /// <summary>409: the layout recomputed at reboot has an error; the domain keeps its layout and devices.</summary>
    public static ProblemHttpResult RebootRefused(Guid id, IReadOnlyList<Finding> findings) =>
        Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.RebootRefused, $"Domain {id} cannot reboot: it keeps its layout and devices.",
            Errors(findings),
            new Dictionary<string, object?> { ["findings"] = findings.Select(f => f.ToResponse()).ToList() });

    public static ProblemHttpResult Refused(DeviceOutcome outcome, long refusalId) =>
        Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.DeviceRefused, $"Device {outcome.Device} cannot be attached.",
            Errors(outcome.Findings),
            new Dictionary<string, object?>
            {
                ["refusalId"] = refusalId,
                ["device"] = outcome.ToResponse(),
                ["findings"] = outcome.Findings.Select(f => f.ToResponse()).ToList(),
            });

    public static ProblemHttpResult MigrationRefused(TargetVerdictResponse verdict, long refusalId) =>
        Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.MigrationRefused, $"The domain cannot move to {verdict.Host}: nothing moved.",
            string.Join(" ", verdict.Findings.Where(f => f.Severity == "error").Select(f => f.Message)),
            new Dictionary<string, object?>
            {
                ["refusalId"] = refusalId,
                ["verdict"] = verdict.Verdict,
                ["devices"] = verdict.Devices,
                ["findings"] = verdict.Findings,
            });

    public static ProblemHttpResult Moved(Guid id, HostName host) =>
        Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.DomainMoved, "Another migration moved the domain meanwhile.",
            $"Domain {id} now runs on {host}; check again from there.", new Dictionary<string, object?> { ["host"] = host.Value });

    public static ProblemHttpResult NameTaken(HostName host, string name, Guid holder) =>
        Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.DomainNameTaken, "A live domain of the host has that name.",
            $"Domain {holder} on host '{host}' is named '{name}'; names are unique among a host's live domains.",
            new Dictionary<string, object?> { ["domainId"] = holder });

    public static ProblemHttpResult Destroyed(Guid id) =>
        Problems.Of(StatusCodes.Status409Conflict, ErrorCodes.DomainDestroyed, "The domain is destroyed.", $"Domain {id} was destroyed: it takes no devices.");

    public static ProblemHttpResult NotAssigned(Guid id, PciAddress device) =>
        Problems.Of(StatusCodes.Status404NotFound, ErrorCodes.DeviceNotAssigned, "The domain does not hold that device.", $"Domain {id} holds no device {device}.");

    private static string Errors(IEnumerable<Finding> findings) =>
        string.Join(" ", findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
}
