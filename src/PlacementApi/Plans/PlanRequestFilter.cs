using FluentValidation;
using Placement.Api.Http;
using Placement.Domain.Layout;

namespace Placement.Api.Plans;

/// <summary>
/// Reads a plan or create body once: its shape (<typeparamref name="TValidator"/>), then the
/// <see cref="RequestRules"/> of the request it maps to, every violation of both in one 400. The
/// handler takes the request from <see cref="PlanRequestFilter.Request"/> instead of mapping the body again.
/// </summary>
public sealed class PlanRequestFilter<TValidator>(TValidator validator) : IEndpointFilter
    where TValidator : IValidator<PlanRequestBody>
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ValidationFilter<PlanRequestBody, TValidator>.RunAsync(validator, context, next, PlanRequestFilter.Parse);
}

public static class PlanRequestFilter
{
    private static readonly object Key = new();

    /// <summary>The request the filter read from the body.</summary>
    public static DomainRequest Request(HttpContext context) =>
        context.Items[Key] as DomainRequest ?? throw new InvalidOperationException("The endpoint has no PlanRequestFilter.");

    internal static IEnumerable<Violation> Parse(PlanRequestBody body, HttpContext context)
    {
        if (body.ToRequestForRules() is not { } request)
        {
            return [];
        }

        context.Items[Key] = request;
        return RequestRules.Check(request).Select(v => new Violation(v.Path, v.Code, v.Message));
    }
}
