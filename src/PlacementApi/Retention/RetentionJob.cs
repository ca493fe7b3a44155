using Microsoft.Extensions.Options;
using Placement.Persistence.Retention;

namespace Placement.Api.Retention;

/// <summary>
/// Deletes expired refusals and idempotency keys at start and then every
/// <see cref="RetentionOptions.Interval"/> (on the service's clock). Every instance runs it: the
/// deletes are idempotent and batched, so two instances at once only share the work. A database
/// that cannot be reached is a warning, and the next run tries again.
/// </summary>
public sealed partial class RetentionJob(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : BackgroundService
{
    private int runs;

    /// <summary>Runs finished since start (tests wait for it).</summary>
    public int Runs => Volatile.Read(ref runs);

    /// <summary>One pass: everything older than its retention at the clock's now is deleted.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value;
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var expired = scope.ServiceProvider.GetRequiredService<ExpiredRecords>();
        var refusals = await expired.DeleteRefusalsAsync(now - retention.Refusals, retention.BatchSize, cancellationToken);
        var keys = await expired.DeleteIdempotencyKeysAsync(now - retention.IdempotencyKeys, retention.BatchSize, cancellationToken);
        if (refusals + keys > 0)
        {
            LogDeleted(logger, refusals, keys);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e.Message);
            }

            Interlocked.Increment(ref runs);
            try
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Refusals} refusals and {Keys} idempotency keys")]
    private static partial void LogDeleted(ILogger logger, int refusals, int keys);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention run failed, next run tries again: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
