using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.Imports;

namespace Placement.Api.XlConfig;

internal static class XlConfigProblems
{
    /// <summary>
    /// 400 import-unreadable, as for an inventory file: the line, what was expected there, and the
    /// reason (xl-config-syntax-error or xl-config-lexical-error).
    /// </summary>
    public static ProblemHttpResult Unreadable(ImportFailure failure) =>
        Problems.Of(StatusCodes.Status400BadRequest, ErrorCodes.ImportUnreadable, "xl cannot read this xl.cfg.", $"{failure.Message} Expected: {failure.Expected}.",
            new Dictionary<string, object?> { ["format"] = "xl-config", ["reason"] = failure.Code, ["line"] = failure.Line, ["expected"] = failure.Expected });

    public static ProblemHttpResult NoXlConfigForArm(Guid id) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureNotSupported, "An arm64 domain has no xl.cfg of this kind.",
            $"Domain {id} is an arm64 domain: Xen boots it from a dom0less device-tree node, GET /v1/domains/{id}/device-tree.");

    public static ProblemHttpResult NoDeviceTreeForX86(Guid id) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureNotSupported, "An x86_64 domain has no device-tree node.",
            $"Domain {id} is an x86_64 HVM domain: xl builds it from an xl.cfg, GET /v1/domains/{id}/xl-config.");
}
