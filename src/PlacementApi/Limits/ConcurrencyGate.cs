using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Placement.Api.Limits;

/// <summary>
/// At most <see cref="LimitOptions.ConcurrentRequests"/> requests run at once, and
/// <see cref="LimitOptions.QueueLength"/> wait (oldest first); any more are a 503 <c>overloaded</c> with
/// <c>Retry-After</c> at once. Memory and database connections stay bounded however many callers
/// come: a thousand requests at once cost a thousand short answers, not a thousand plans in memory.
/// When the last request of a burst that overflowed is done, the memory it used is given back
/// (<see cref="AfterBurst"/>).
/// </summary>
internal sealed class ConcurrencyGate(IOptions<LimitOptions> limits, AfterBurst afterBurst) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.Value.ConcurrentRequests,
        QueueLimit = limits.Value.QueueLength,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private int inFlight;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Callers.IsExempt(context))
        {
            await next(context);
            return;
        }

        Interlocked.Increment(ref inFlight);
        try
        {
            using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
            if (!lease.IsAcquired)
            {
                afterBurst.Overflowed();
                await LoadProblems.OverloadedAsync(context);
                return;
            }

            await next(context);
        }
        finally
        {
            if (Interlocked.Decrement(ref inFlight) == 0)
            {
                afterBurst.Idle();
            }
        }
    }

    public void Dispose() => limiter.Dispose();
}
