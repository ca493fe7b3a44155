using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
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
    private static RecordedResponse? Record(IResult result, string? location, JsonSerializerOptions options) =>
        result is IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created or StatusCodes.Status409Conflict } answer
            ? new RecordedResponse(answer.StatusCode.Value, JsonSerializer.Serialize(value, value.GetType(), options), location)
            : null;

    /// <summary>
    /// Runs a write that may carry an Idempotency-Key: the write stores the recorded form of its
    /// answer with its own changes; a keyed request is answered from that form (first time and
    /// replays alike), an unkeyed one by <paramref name="answer"/> directly.
    /// </summary>
    /// <typeparam name="TCreated">The body of the write's 201, whose Location is recorded too.</typeparam>
    public static async Task<IResult> WriteAsync<TCreated>(
        IdempotencyKey? key,
        JsonSerializerOptions options,
        Func<Func<DomainWrite, RecordedResponse?>, Task<DomainWrite>> write,
        Func<DomainWrite, IResult> answer)
    {
        // The write may render more than once: a retried transaction renders again, or ends early
        // without rendering. Only the rendering of the write finally returned was committed.
        (DomainWrite Write, RecordedResponse? Response)? recorded = null;
        var result = await write(outcome =>
        {
            var first = answer(outcome);
            var response = Record(first, (first as Created<TCreated>)?.Location, options);
            recorded = (outcome, response);
            return response;
        });
        return key is null ? answer(result) : Answer(result, recorded, answer);
    }

    private static IResult Answer(DomainWrite write, (DomainWrite Write, RecordedResponse? Response)? recorded, Func<DomainWrite, IResult> answer) => write switch
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
