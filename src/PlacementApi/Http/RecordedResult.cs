using System.Text.Json;
using Placement.Persistence.Domains;

namespace Placement.Api.Http;

/// <summary>
/// An answer to a keyed request, written from its recorded form the first time and on every
/// replay alike, so a retry reads what the first caller read.
/// </summary>
public sealed class RecordedResult(RecordedResponse response, bool replayed) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => response.Status;

    /// <summary>
    /// The recorded form of an answer worth replaying: a 201 (something was created) or a 409 (a
    /// refusal, itself recorded). Anything else (404, 422) is left for the retry to answer afresh.
    /// </summary>
    public static RecordedResponse? Record(IResult result, string? location, JsonSerializerOptions options) =>
        result is IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created or StatusCodes.Status409Conflict } answer
            ? new RecordedResponse(answer.StatusCode.Value, JsonSerializer.Serialize(value, value.GetType(), options), location)
            : null;

    /// <summary>
    /// What a keyed write answers: a replay, a refused reuse of the key, or the first answer as
    /// recorded. A recording counts only if it is of this very write: an attempt that was rendered
    /// and then rolled back (a retried transaction) may end in another answer, or in none recorded.
    /// </summary>
    public static IResult Answer(DomainWrite write, (DomainWrite Write, RecordedResponse? Response)? recorded, Func<DomainWrite, IResult> answer) => write switch
    {
        DomainWrite.Replayed replay => new RecordedResult(replay.Response, replayed: true),
        DomainWrite.KeyReused => Problems.IdempotencyKeyReused(),
        _ when recorded is ({ } rendered, { } response) && ReferenceEquals(rendered, write) => new RecordedResult(response, replayed: false),
        _ => answer(write),
    };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        http.StatusCode = response.Status;
        http.ContentType = response.Status >= 400 ? "application/problem+json" : "application/json; charset=utf-8";
        if (response.Location is { } location)
        {
            http.Headers.Location = location;
        }

        if (replayed)
        {
            http.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        }

        return http.WriteAsync(response.Body);
    }
}
