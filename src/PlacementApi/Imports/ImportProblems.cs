using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Http;
using Placement.Domain.Imports;

namespace Placement.Api.Imports;

internal static class ImportProblems
{
    public static ValidationProblem UnknownFormat(string format) =>
        Problems.Validation("format", ErrorCodes.InvalidImportFormat,
            $"format '{format}' is not one this service reads: auto, {string.Join(", ", ImportFormats.All)}.");

    /// <summary>
    /// 400: where the file stops making sense and what was expected there. <c>format-not-recognised</c>
    /// when format=auto knew none; <c>import-unreadable</c> otherwise, with the failure's own code as <c>reason</c>.
    /// </summary>
    public static ProblemHttpResult Unreadable(ImportFailure failure)
    {
        var where = failure switch
        {
            { Line: { } line } => $"Line {line}",
            { Offset: { } offset } => $"At byte offset {offset} (0x{offset:x})",
            _ => "The file",
        };
        var code = failure.Format is null ? ErrorCodes.FormatNotRecognised : ErrorCodes.ImportUnreadable;
        var title = failure.Format is { } format ? $"The file does not read as {format.Name()}." : "The file's format is not recognised.";
        return Problems.Of(StatusCodes.Status400BadRequest, code, title, $"{where}: {failure.Message} Expected: {failure.Expected}.",
            new Dictionary<string, object?>
            {
                ["format"] = failure.Format?.Name(),
                ["reason"] = failure.Code,
                ["line"] = failure.Line,
                ["offset"] = failure.Offset,
                ["expected"] = failure.Expected,
            });
    }
}
