using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.Imports;

namespace Placement.Api.XlConfig;

internal static class XlConfigProblems
{
    public const string BodyTooLarge = "body-too-large";

    /// <summary>400: xl cannot read the file; the problem names the line and what was expected there (xl-config-syntax-error or xl-config-lexical-error).</summary>
    public static ProblemHttpResult Unreadable(ImportFailure failure) =>
        Problems.Of(StatusCodes.Status400BadRequest, failure.Code, "xl cannot read this xl.cfg.", $"{failure.Message} Expected: {failure.Expected}.",
            new Dictionary<string, object?> { ["line"] = failure.Line, ["expected"] = failure.Expected });

    public static ProblemHttpResult NotText(string? contentType) =>
        Problems.Of(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "The request body is not text.",
            $"Send the xl.cfg as it is with Content-Type: text/plain (the request has {(contentType is { Length: > 0 } ? $"Content-Type {contentType}" : "no Content-Type")}).");

    public static ProblemHttpResult TooLarge(int limit) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, BodyTooLarge, "The xl.cfg is too large.",
            $"An xl.cfg of at most {limit / 1024} KiB is read; xl.cfg files are a few hundred bytes.");

    public static ProblemHttpResult NoXlConfigForArm(Guid id) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureNotSupported, "An arm64 domain has no xl.cfg of this kind.",
            $"Domain {id} is an arm64 domain: Xen boots it from a dom0less device-tree node, GET /v1/domains/{id}/device-tree.");

    public static ProblemHttpResult NoDeviceTreeForX86(Guid id) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ArchitectureNotSupported, "An x86_64 domain has no device-tree node.",
            $"Domain {id} is an x86_64 HVM domain: xl builds it from an xl.cfg, GET /v1/domains/{id}/xl-config.");
}
